"""Places: the place phrase of an event's clause, a state acting at home, the story's
country (see the package docstring)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..doccache import ent_at, span_ents
from ..events.ontology import SPEECH_ACT_TYPES
from ..model import Place
from ..syntax import fronted_phrase, phrase_head
from ..where import _fold, city_place, country_place, division_place, gazetteer
from ..words import token_in, word_class
from .clauses import (
    CARRY_TYPES,
    DIVISION_WORDS,
    DOMESTIC_NOUNS,
    DOMESTIC_TYPES,
    LOCALS,
    LOCATIVE_PREPS,
    MOTION_PREPS,
    PLACE_ENTS,
    PLACE_NOUNS,
    SPEECH_LEMMAS,
    STRICT_LOCATIVE,
    clause_verb,
    event_anchor_tokens,
    governors,
    reported_clause,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..actors.kb import Match
    from ..model import Actor


@runtime_checkable
class StoryMemory(Protocol):
    """What grounding reads of the story told so far: the article's actor memory
    (actors/resolve/memory.py Memory), whose `ground` holds what grounding has noted."""

    dateline_country: str | None
    headline: bool  # the sentence being read is the headline
    paragraphs: list[Paragraph]  # the paragraphs read, in order
    country_counts: dict[str, float]
    ground: dict[str, dict]

    def home_country(self) -> str | None: ...

    def focus_country(self) -> str | None: ...


@runtime_checkable
class Paragraph(Protocol):
    """What grounding reads of one paragraph's actor analysis (actors/resolve/sentence.py
    SentenceActors): the story's memory, the parse, where the paragraph starts in the
    article's text, the knowledge-base matches and the actors a token stands for."""

    memory: StoryMemory
    doc: Doc
    offset: int
    matches: list[Match]
    match_at: dict[int, Match]

    def actors_for(self, tok, conjuncts: bool = True, as_agent: bool = False) -> list[Actor]: ...


# -- places ---------------------------------------------------------------------------------------
def find_location(cand, sa: Paragraph, countries_in_article: set[str]) -> Place | None:
    """The place of an event: a place phrase in its clause ("in Hamburg", "a market in
    northern Yemen", "travel to Seoul", "shelled the village of Lobonok"), else one in the
    clause it belongs to, else, for what a state does at home, its country; else None."""
    prefer = set(countries_in_article)
    dl = sa.memory.dateline_country
    if dl:
        prefer.add(dl)
    _place_counts(sa)  # note the places named so far: they tell where the story is set
    _note_recent(sa)  # and in what order: "the city", "the country" point back to them
    anchors = event_anchor_tokens(cand)
    # what the text says of this event, most direct first
    finders = (
        lambda: _place_in_clause(cand, anchors, sa, prefer),
        lambda: _host_place(cand, sa, prefer),
        lambda: _witness_place(cand, sa, prefer),
        lambda: _fronted_place(cand, sa, prefer),
        lambda: _saying_place(cand, sa, prefer),
        lambda: _place_inherited(cand, sa, prefer),
        lambda: _domestic_place(cand, sa),
    )
    for find in finders:
        got = find()
        if got is not None:
            return got
    if cand.modality in ("negated", "hypothetical"):
        return None  # what did not or would only happen has no place the context can give
    got = _carried_place(cand, sa, prefer) or _venue_of_agreement(cand, sa, prefer)
    if got is not None:
        return got
    return _story_country(cand, sa, prefer)


HOSTING_VERBS = word_class("hosting_verbs")  # data/word_classes.yaml


def _host_place(cand, sa: Paragraph, prefer) -> Place | None:
    """ "Doha would host the delegations", "Qatar offered to host talks": a city or country
    that is the subject of "host" is where the hosted event is (a person or body hosting
    names no place)."""
    trig = cand.trigger
    verbs = [trig] + [c for c in trig.children if c.dep_ == "xcomp"]
    if not any(v.lemma_.lower() in HOSTING_VERBS for v in verbs):
        return None
    for subj in (c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")):
        if not (_is_capital(subj, sa) or _is_country_name(subj, sa) or subj.ent_type_ == "GPE"):
            return None
        return place_of(subj, sa, prefer)
    return None


def _actor_heads(cand) -> set:
    out = {t for opt in cand.source_heads for t in opt} | set(cand.target_heads)
    for t in list(out):
        out.update(t.conjuncts)
    return out


def _slot_ok(cand, prep_word: str) -> bool:
    if prep_word in LOCATIVE_PREPS:
        return True
    if prep_word in MOTION_PREPS:
        return cand.mode == "visit" or cand.type in (
            "MOBILIZE",
            "AID",
            "CONSULT",
            "ASSAULT",
            "PROTEST",
        )
    if prep_word in ("from", "out"):  # "withdrew from Kidal", "drove the militants out of Mosul"
        return cand.type == "RETREAT" or (
            cand.type in ("ASSAULT", "COERCE", "CONCEDE") and bool(_trigger_lemmas(cand) & OUSTING)
        )
    if prep_word == "for":  # "set off for Mekelle", "left for Moscow"
        return cand.type in ("AID", "MOBILIZE") or cand.mode == "visit"
    return False


PARTS = word_class("place_part_nouns")  # data/word_classes.yaml
CARRY_SENTENCES = 2  # how many sentences back a physical event's place may come from
OUSTING = word_class("ousting_words")  # data/word_classes.yaml


def _trigger_lemmas(cand) -> set[str]:
    return {t.lemma_.lower() for t in cand.trigger_tokens} | {cand.trigger.lemma_.lower()}


SWEEPING_VERBS = word_class("sweeping_verbs")  # data/word_classes.yaml
DOBJ_PLACE_TYPES = {"ASSAULT", "COERCE", "AID", "RETREAT", "MOBILIZE"}
# agreeing to, promising or backing something: the thing may be placed elsewhere (the speech
# acts about a thing, not the threats and accusations aimed at someone)
AGREEING_TYPES = SPEECH_ACT_TYPES - {"THREATEN", "ACCUSE"}


def _place_in_clause(cand, anchors, sa: Paragraph, prefer) -> Place | None:
    sent = cand.trigger.sent
    actors = _actor_heads(cand)
    trig = {cand.trigger, *cand.trigger_tokens}
    found = []
    for tok in _mention_heads(sent, sa):
        slot = _slot_of(tok, cand, anchors, trig, actors, sa)
        if slot is None:
            continue
        place = place_of(tok, sa, prefer) or _unresolved_place(tok, sa, prefer)
        if place is None:
            continue
        spec = {"city": 0, "admin1": 1, "unresolved": 2, "country": 3}.get(place.feature, 2)
        found.append((slot, spec, abs(tok.i - cand.trigger.i), place))
    if not found:
        return None
    found.sort(key=lambda x: (x[0], x[1], x[2]))
    return found[0][3]


def _mention_heads(sent, sa: Paragraph) -> list:
    """Tokens that head a place phrase: named places (entity roots, knowledge-base countries
    and regions) and "the village of X" nouns."""
    out = []
    seen = set()
    for e in span_ents(sent):
        if e.label_ in PLACE_ENTS and not _has_capital(e.text):
            continue  # a common noun the tagger took for a place: "the canton's towns"
        if e.label_ in PLACE_ENTS or (
            e.label_ in ("NORP", "ORG", "PERSON") and _kb_place(e.root, sa)
        ):
            out.append(e.root)
            seen.update(range(e.start, e.end))
    for tok in sent:
        if tok.i in seen:
            continue
        if _open_water_name(tok) is not None:
            out.append(tok)  # "in international waters", "in the Khor Abdullah waterway"
            seen.update(c.i for c in tok.children if c.dep_ == "compound")
            continue
        if _anaphoric(tok, sa):
            out.append(tok)
            continue
        if _kb_place(tok, sa) and tok.pos_ == "PROPN":
            m = sa.match_at.get(tok.i)
            if m is not None and m.end - 1 == tok.i:
                out.append(tok)
                seen.update(range(m.start, m.end))
                continue
        # "the Uri sector", "the Neelum valley", "the town of Karkamis": named by a place noun
        if tok.pos_ == "PROPN" and (
            (tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in PLACE_NOUNS)
            or (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "of"
                and tok.head.head.lemma_.lower() in PLACE_NOUNS
            )
        ):
            out.append(tok)
            continue
        # a name the tagger took for a person ("marched through central Santiago") but that
        # follows a place preposition and is a known city or division
        if (
            tok.pos_ == "PROPN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in STRICT_LOCATIVE | MOTION_PREPS | {"through"}
            and _may_name_a_place(tok)
        ):
            name = _name_of(tok)
            g = gazetteer()
            city = g.cities_named(name)
            if (city and city[0].population >= 100_000) or g.division(name, explicit=True):
                out.append(tok)
    return out


def _has_capital(text: str) -> bool:
    """A place name has a capital somewhere ("Afrin", "al-Bab"); a lower-case word the
    tagger calls a place ("canton", read as the old name of Guangzhou) is a common noun."""
    return any(ch.isupper() for ch in text)


NOT_PLACE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _may_name_a_place(tok) -> bool:
    """A name the tagger left untyped may be a place; a lower-case word or part of a date
    may not ("in mid-January": no city called Mid)."""
    return tok.text[:1].isupper() and tok.ent_type_ not in NOT_PLACE_ENTS


def _name_of(tok) -> str:
    """The proper name a token ends: "Khartoum North", "Buenos Aires"."""
    i = tok.i
    while (
        i > tok.sent.start
        and tok.doc[i - 1].pos_ == "PROPN"
        and tok.doc[i - 1].dep_ in ("compound", "flat")
    ):
        i -= 1
    return tok.doc[i : tok.i + 1].text


def _kb_place(tok, sa: Paragraph) -> bool:
    m = sa.match_at.get(tok.i)
    return (
        m is not None
        and m.term.entity.kind == "country"
        and m.term.function in ("name", "capital", "region", "seat")
    )


CITY_NAMED_GATHERINGS = word_class("city_named_gatherings")  # data/word_classes.yaml
FOREIGN_FORCE_NOUNS = word_class("foreign_force_nouns")  # data/word_classes.yaml


LOCAL_UNITS = word_class("local_unit_nouns")  # data/word_classes.yaml


def _climb(tok):
    """From a place word up through "the village of X", "X, Kenya", "northern X" to the
    phrase head that hangs in the clause; a city names where its gathering is ("on the
    sidelines of the Davos forum", "at the Halifax security forum")."""
    t = tok
    if (
        tok.dep_ in ("compound", "nmod")
        and tok.head.lemma_.lower() in CITY_NAMED_GATHERINGS
        and tok.ent_type_ in PLACE_ENTS
        and gazetteer().country_of_name(_ent_text(tok)) is None
    ):
        t = tok.head
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in PLACE_NOUNS:
            t = t.head.head  # "the town of Dapchi" -> town
            continue
        if (
            t.dep_ in ("appos", "compound", "amod", "nmod")
            and t.head.pos_ in ("PROPN", "NOUN")
            and (t.head.ent_type_ in PLACE_ENTS or t.head.lemma_.lower() in PLACE_NOUNS)
        ):
            t = t.head
            continue
        if t.dep_ == "poss" and (
            t.head.ent_type_ in PLACE_ENTS
            or t.head.lemma_.lower() in PLACE_NOUNS | PARTS | LOCAL_UNITS
            or (t.head.pos_ == "PROPN" and t.head.ent_type_ == "")
        ):
            t = (
                t.head
            )  # "Istanbul's Istiklal Avenue", "Gaza's Jabalia camp"; not "America's troops"
            continue
        break
    return t


def _slot_of(tok, cand, anchors, trig, actors, sa: Paragraph) -> int | None:
    """How a place phrase relates to the event (lower is closer), or None."""
    t = _climb(tok)
    depth = 0
    for _ in range(5):
        dep = t.dep_
        if dep == "pobj":
            prep = t.head
            word = prep.lower_
            x = prep.head
            if word == "of" and x.lower_ == "out" and x.dep_ in ("prep", "prt", "advmod"):
                prep, word, x = x, "out", x.head  # "out of Mosul"
            if word == "of":  # "the northern edge of Kharkiv", "the outskirts of Aleppo"
                if x.ent_type_ in ("PERSON", "ORG", "NORP"):
                    return None  # "Joe Robinson of Accrington": where someone is from
                if x.pos_ in ("NOUN", "PROPN") or x.lemma_.lower() in PARTS:
                    t = x
                    depth += 1
                    continue
                return None
            if (
                word == "for"
                and cand.type == "ASSAULT"
                and not _is_country_name(tok, sa)
                and _trigger_lemmas(cand) & {"battle", "fight", "fighting", "offensive", "struggle"}
            ):
                return _reaches(
                    x, anchors, trig, depth
                )  # "the battle for Raqqa", "fight for Mosul"
            if not _slot_ok(cand, word):
                return None
            if (
                tok in actors
                and word not in STRICT_LOCATIVE
                and cand.mode != "visit"
                and cand.type not in DOBJ_PLACE_TYPES
                and word not in ("from", "out")
            ):
                return None  # "called on Washington": an actor, not a place
            got = _reaches(x, anchors, trig, depth)
            if (got is not None and cand.type in AGREEING_TYPES and x in trig and x != cand.trigger
                    and x.pos_ == "NOUN" and cand.trigger.pos_ == "VERB"):  # fmt: skip
                # "at talks in Sweden, agreed to a ceasefire in Hodeidah": the place of what is
                # agreed to, not of the agreeing, unless nothing else places it
                got += 2
            return got
        if (
            dep == "dobj"
            and t.head.lemma_.lower() in SWEEPING_VERBS
            and (
                (t.head.dep_ == "relcl" and (t.head.head in anchors or t.head.head in trig))
                or any(c.dep_ == "nsubj" and (c in anchors or c in trig) for c in t.head.children)
            )
        ):
            return depth + 1  # "protests that shook the capital", "clashes rocked Tripoli"
        if dep in ("dobj", "nsubjpass") and (t.head in anchors or t.head in trig):
            if (
                cand.type in DOBJ_PLACE_TYPES
                or cand.mode == "visit"
                or (cand.type == "CONCEDE" and _trigger_lemmas(cand) & OUSTING)
            ):
                return (
                    depth + 1
                )  # "shelled Kharkiv", "entered Gaza", "visited Taipei", "will leave Syria"
            return None
        if dep in ("compound", "amod", "nmod", "poss") and t.head in trig:
            if _is_country_name(tok, sa):
                return (
                    None  # "a US air strike", "US troops stationed in", "the Iran talks": a party
                )
            return depth + 1  # "the Hamburg summit", "Kharkiv shelling"
        if dep in ("conj", "appos"):
            t = t.head
            continue
        if dep in ("advmod", "npadvmod", "amod") and t.lemma_.lower() in PARTS:
            t = t.head  # "a village 50 km north of Kharkiv"
            depth += 1
            continue
        return None
    return None


def _reaches(x, anchors, trig, depth: int) -> int | None:
    """Does the phrase a place preposition hangs from belong to the event's clause?
    "met in Istanbul" (the verb), "a market in northern Yemen" (the verb's object),
    "positions in Khartoum North and Omdurman", "face to face in Istanbul"."""
    for _ in range(4):
        if x in anchors or x in trig:
            return depth
        if x.pos_ in ("VERB", "AUX") and x.dep_ == "acl":  # "hostages held in Gaza"
            x = x.head
            depth += 1
            continue
        if x.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADV", "ADJ") or x.dep_ in ("pobj", "dobj"):
            if x.head in anchors or x.head in trig:
                return depth + 1
            if x.dep_ == "pobj" and x.head.head in trig:  # "an air strike on a village in X"
                return depth + 1
            if (
                x.dep_ == "pobj"
                and x.head.dep_ == "prep"
                and x.head.lower_ in (STRICT_LOCATIVE | MOTION_PREPS | {"of", "at"})
            ):
                x = x.head.head
                depth += 1
                continue
            if x.dep_ in ("conj", "appos", "compound"):
                x = x.head
                continue
        return None
    return None


def _unresolved_place(tok, sa: Paragraph, prefer) -> Place | None:
    """A named place the gazetteer does not know ("the village of Lobonok", "Zvecan"): the
    text's name, and the country the phrase or the article puts it in; no coordinates."""
    named_by_noun = (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in PLACE_NOUNS
    ) or (tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in PLACE_NOUNS)
    if tok.ent_type_ not in PLACE_ENTS and not named_by_noun:
        return None
    if tok.pos_ != "PROPN" and not _ent_text(tok)[:1].isupper():
        return None  # a common noun the tagger took for a place ("boycotts"); not "Pazigyi village"
    m = sa.match_at.get(tok.i)
    if m is not None and m.term.entity.kind != "country":
        return None  # an organisation or a person the knowledge base knows: "the Isis enclave"
    if not named_by_noun and _climb(tok).dep_ in ("dobj", "nsubjpass", "nsubj"):
        return None  # "killed Abu Omar": an unknown name the event acts on is not a place
    name = _ent_text(tok)
    if tok.ent_type_ == "LOC" or _at_sea_name(name):
        # a sea, a river, a mountain range, a shoal ("Sabina Shoal"): no country to claim
        return _no_land_place(name)
    country = None
    noun = (
        tok.head
        if tok.dep_ in ("compound", "nmod")
        else tok.head.head
        if tok.dep_ == "pobj"
        else tok
    )
    for mod in noun.children:  # "the Turkish border town of Karkamis"
        m = sa.match_at.get(mod.i)
        if (
            mod.dep_ in ("amod", "compound", "nmod")
            and m is not None
            and m.term.entity.kind == "country"
        ):
            country = m.term.entity.country
    for other in [] if country else tok.sent:  # a country or region named next to it
        if other.i == tok.i or abs(other.i - tok.i) > 8 or other.pos_ != "PROPN":
            continue
        om = sa.match_at.get(other.i)
        if om is not None and om.term.entity.kind != "country":
            continue  # "Islamic State Sahel Province": a word of a body's name, no place
        if _across_border_of(other):
            continue  # "near X, close to the border with Mali": X is not in Mali
        p = (
            place_of(other, sa, prefer)
            if other.ent_type_ in PLACE_ENTS or _kb_place(other, sa)
            else None
        )
        if p is not None and p.country:
            country = p.country
            break
    if country is None:  # "Pakistan's military said civilians were killed in the Neelum valley"
        country = _speaker_country(tok, sa)
    if country is None:
        # "in the Delmas district" under a PORT-AU-PRINCE dateline in a story that names a
        # donor state more often: the story's home (the dateline's country), not the most named
        country = sa.memory.home_country() or sa.memory.focus_country()
    if country is None:
        return None
    return Place(name=name, country=country, lat=None, lon=None, geonameid=None,
                 feature="unresolved", text=name)  # fmt: skip


def _no_land_place(name: str) -> Place:
    """A named place on no country's land (a sea, a gulf, a shoal, a river): no country and
    no coordinates to claim."""
    return Place(name=name, country=None, feature="unresolved", text=name)


WATER_NOUNS = word_class("open_water_nouns")  # data/word_classes.yaml
OPEN_WATER_ADJECTIVES = word_class("open_water_adjectives")
WATERS_PREPS = word_class("waters_placing_preps")  # data/word_classes.yaml


def _open_water_name(tok) -> str | None:
    """The name of a stretch of water no country's land holds, which a common noun heads:
    "international waters", "the high seas", "the Khor Abdullah waterway" (a name the tagger
    took for a person's), "waters south of Jeju Island", "the waters around Taiwan" -- at
    sea, with no country (gold/CODING.md 'Locations'); None for any other token. Not a
    country's waters ("Chinese waters", ADJECTIVE_PLACE_NOUNS) nor "water cannon"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in WATER_NOUNS | SEA_FEATURES:
        return None
    if tok.lower_ == "water" or tok.dep_ == "compound":
        return None  # "water cannon", "water supplies"
    kids = list(tok.children)
    names = [c for c in kids if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names and tok.lemma_.lower() in SEA_FEATURES:
        return f"{tok.doc[names[0].left_edge.i : tok.i].text} {tok.text}"
    if tok.lower_ not in ("waters", "seas"):
        return None
    if any(c.dep_ == "amod" and c.lower_ in OPEN_WATER_ADJECTIVES for c in kids):
        return tok.doc[tok.left_edge.i : tok.i + 1].text.removeprefix("the ")
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if after is not None and after not in kids and after.dep_ in ("advmod", "npadvmod"):
        kids.append(after)  # the parser hung "south (of Jeju Island)" on the verb
    for c in kids:
        beyond = c.dep_ == "prep" and c.lower_ in WATERS_PREPS
        # "waters south of Jeju Island": a direction word with its "of" phrase
        beyond = beyond or (
            c.dep_ in ("advmod", "amod", "npadvmod")
            and c.lemma_.lower() in PARTS
            and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        )
        if beyond and any(g.ent_type_ in PLACE_ENTS or g.pos_ == "PROPN" for g in c.subtree):
            return tok.doc[tok.i : c.right_edge.i + 1].text
    return None


def _at_sea_name(name: str) -> bool:
    """ "Sabina Shoal", "Gulf of Aden": a name whose kind word is a feature at sea."""
    words = name.lower().split()
    return len(words) > 1 and (
        words[-1] in SEA_FEATURES or (words[0] in SEA_FEATURES and words[1] == "of")
    )


def _across_border_of(tok) -> bool:
    """`tok` names the country on the other side of a border ("close to the border with
    Mali", "the frontier with Chad"): a place near that border lies outside it."""
    t = phrase_head(tok)
    return (
        t.dep_ == "pobj"
        and t.head.lower_ == "with"
        and t.head.head.lemma_.lower() in ("border", "frontier", "boundary")
    )


def _speaker_country(tok, sa: Paragraph) -> str | None:
    """The country of whoever reports a clause about a little-known place: local
    authorities report what happens on their side."""
    v = clause_verb(tok)
    for _ in range(3):
        if reported_clause(v):
            for subj in (c for c in v.head.children if c.dep_ == "nsubj"):
                c = _actor_country(subj, sa)
                if c and _foreign_force(subj, c, v, sa):
                    return None  # troops abroad report on the country they fight in
                if c:
                    return _own_act_target_country(v, c, sa) or c
            return None
        if v.head == v:
            return None
        v = clause_verb(v.head) if v.dep_ in ("conj", "advcl", "xcomp", "relcl") else v
        if v.dep_ not in ("ccomp", "conj", "advcl", "xcomp", "relcl"):
            return None
    return None


SELF_WORDS = frozenset({"it", "its", "they", "their", "we", "our"})


def _own_act_target_country(v, speaker: str, sa: Paragraph) -> str | None:
    """ "Israel's military says its jets have struck Hezbollah sites around Khiam": a speaker
    telling of its own act ("its jets", "we", "they") against another country's actor tells
    of a place on the target's side, not its own; the target's country. None when the act
    names no target of another country ("its troops killed ten militants in X")."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None or not (
        subj.lower_ in SELF_WORDS
        or any(c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in subj.children)
    ):
        return None
    for obj in (c for c in v.children if c.dep_ == "dobj"):
        for t in obj.subtree:
            m = sa.match_at.get(t.i)
            if m is None or m.term.entity.kind == "country":
                continue
            c = m.term.entity.country
            if c and c != speaker:
                return c
    return None


def _foreign_force(subj, country: str, v, sa: Paragraph) -> bool:
    """ "Rwandan troops, who have fought alongside Mozambican forces, said they had retaken the
    village of X": troops of another country than the story's dateline, telling of their own
    acts ("they had retaken") in a sentence that names the dateline's country, speak of
    places in that country, not their own ("Pakistan's military said civilians were killed
    in the Neelum valley" is of its own side)."""
    home = sa.memory.dateline_country
    if not home or home == country or subj.lemma_.lower() not in FOREIGN_FORCE_NOUNS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("they", "we", "it") for c in v.children):
        return False
    return any(m.term.entity.country == home and m.term.entity.kind == "country"
               for m in sa.matches if subj.sent.start <= m.start < subj.sent.end)  # fmt: skip


def _ent_text(tok) -> str:
    e = ent_at(tok)
    if e is None:
        return tok.text
    return e.text[4:] if e.text.lower().startswith("the ") else e.text


SAYING_PATH = word_class("saying_path_words")  # data/word_classes.yaml
SPEECH_AUDIENCE = word_class("speech_audience_nouns")  # "told reporters in X"
SPEAKING = word_class("speaking_verbs")  # data/word_classes.yaml
VISIT_WORDS = word_class("saying_visit_words")  # data/word_classes.yaml


def _saying_place(cand, sa: Paragraph, prefer) -> Place | None:
    """A statement is where it was said, when the text says so: "Japan will give $15
    million, the minister said during a visit to Dhaka"; "Iran and the IAEA have agreed
    ..., Grossi said on returning from Tehran"; "Speaking in Rome, the minister promised"."""
    if cand.type not in SPEECH_ACT_TYPES:
        return None
    v = clause_verb(cand.trigger)
    sayings = []
    if v is not None:
        up = v
        while up.dep_ in ("xcomp", "acomp") and up.head.i != up.i:
            up = up.head  # "said Budapest was ready to send crude": the saying of "was"
        if reported_clause(v):
            sayings.append(v.head)
        elif up is not v and reported_clause(up):
            sayings.append(up.head)
        elif (
            v.dep_ == "conj"
            and reported_clause(v.head)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        ):
            # "told reporters in Cucuta that the rebels had fled and accused Caracas of ...":
            # a speech act with no subject of its own, hung by the parser on what was told,
            # is the teller's second act, where the telling was
            sayings.append(v.head.head)
        sayings += [c for c in v.children if c.dep_ in ("parataxis", "advcl", "ccomp")
                    and c.lemma_.lower() in SPEECH_LEMMAS | SPEAKING]  # fmt: skip
        sayings.append(
            v
        )  # its own clause: only through a visit ("promised during a visit to Dhaka")
    sent = cand.trigger.sent
    for say in sayings:
        for tok in _mention_heads(sent, sa):
            t = _climb(tok)
            ok = False
            visit = say != v
            for _ in range(8):
                visit = visit or t.lemma_.lower() in VISIT_WORDS
                if t.head == say and t.dep_ in ("prep", "advcl", "npadvmod"):
                    ok = True
                    break
                if t.head == t or not (
                    t.dep_ in ("pobj", "pcomp", "prep", "dobj", "compound", "advcl")
                    and (t == _climb(tok) or t.lemma_.lower() in SAYING_PATH)
                ):
                    break
                t = t.head
            if ok and visit and t.lemma_.lower() in SAYING_PATH | SPEAKING:
                p = place_of(tok, sa, prefer)
                if p is not None:
                    return p
    for say in sayings:
        p = _visiting_speaker_place(say, sa, prefer)
        if p is not None:
            return p
    return _place_said_before(cand, sayings, sa, prefer)


def _visiting_speaker_place(say, sa: Paragraph, prefer) -> Place | None:
    """ "Szijjarto, visiting Belgrade on Thursday, said ...": the place a speaker is visiting
    as they speak."""
    for subj in (c for c in say.children if c.dep_ == "nsubj"):
        for part in (c for c in subj.children if c.dep_ in ("acl", "appos", "advcl")):
            if part.lemma_.lower() not in VISIT_WORDS or part.lemma_.lower() in SPEAKING:
                continue
            for obj in part.children:
                if obj.dep_ == "prep" and obj.lower_ in STRICT_LOCATIVE | MOTION_PREPS:
                    obj = next((g for g in obj.children if g.dep_ == "pobj"), obj)
                if obj.dep_ in ("dobj", "pobj") and (
                    obj.ent_type_ in PLACE_ENTS or _kb_place(obj, sa)
                ):
                    p = place_of(obj, sa, prefer)
                    if p is not None:
                        return p
    return None


PERSONAL_PRONOUNS = {"he", "she"}


def _place_said_before(cand, sayings, sa: Paragraph, prefer) -> Place | None:
    """ "Vucic told reporters in Belgrade. He said Serbia would restrict lorries": a speaker
    the next sentence names only as "he" or "she" speaks where the sentence before had them
    speak ("told reporters in", "in a speech in", "at a news conference in")."""
    says = [s for s in sayings if s.lemma_.lower() in SPEECH_LEMMAS | SPEAKING] or sayings[-1:]
    if not says or not any(
        c.dep_ == "nsubj" and c.lower_ in PERSONAL_PRONOUNS for c in says[0].children
    ):
        return None
    sent = cand.trigger.sent
    before = [s for s in sent.doc.sents if s.end <= sent.start]
    if not before:
        return None
    prev = before[-1]
    for tok in _mention_heads(prev, sa):
        t = _climb(tok)
        if t.dep_ != "pobj" or t.head.lower_ not in STRICT_LOCATIVE:
            continue
        x = t.head.head  # "told reporters in X", "a speech in X", "a news conference in X"
        for _ in range(4):
            if x.pos_ in ("VERB", "AUX"):
                break
            if x.lemma_.lower() not in SAYING_PATH and not token_in(x, SPEECH_AUDIENCE):
                x = None
                break
            x = x.head.head if x.dep_ == "pobj" else x.head
        if x is None or x.pos_ not in ("VERB", "AUX"):
            continue
        if x.lemma_.lower() in SPEECH_LEMMAS | SPEAKING or t.head.head.lemma_.lower() in (
            SAYING_PATH - {"in", "at", "on", "of", "to", "from", "after", "during", "while"}
        ):
            p = place_of(tok, sa, prefer)
            if p is not None:
                return p
    return None


def _fronted_place(cand, sa: Paragraph, prefer) -> Place | None:
    """A place phrase that opens the sentence sets the scene for all of it: "In Beirut,
    Hezbollah has refused to ...", "At the summit in Hanoi, the two leaders ..."."""
    sent = cand.trigger.sent
    fronted = fronted_phrase(sent, STRICT_LOCATIVE)
    if fronted is None:
        return None
    first, end = fronted
    for tok in _mention_heads(sent, sa):
        t = _climb(tok)
        if (
            first.i < tok.i < end and t.dep_ == "pobj" and t.head == first
        ):  # not "In talks with Washington,"
            p = place_of(tok, sa, prefer)
            if p is None and tok.ent_type_ in PLACE_ENTS:
                p = _unresolved_place(tok, sa, prefer)
            if p is not None:
                return p
    if cand.type not in SPEECH_ACT_TYPES:
        return None
    # "In an interview with Reuters in Algiers, Bouzid denied ...", "In a statement after an
    # emergency meeting in Jakarta, the bloc said ...": what is said is where the interview,
    # statement or meeting the phrase opens with was (the parser may hang "in Algiers" on
    # "Reuters")
    scene = next((c for c in first.children if c.dep_ == "pobj"), None)
    if scene is None or scene.lemma_.lower() not in SAYING_PATH | MEETING_WORDS | SAID_IN:
        return None
    for tok in _mention_heads(sent, sa):
        t = _climb(tok)
        if first.i < tok.i < end and t.dep_ == "pobj" and t.head.lower_ in STRICT_LOCATIVE:
            p = place_of(tok, sa, prefer)
            if p is not None:
                return p
    return None


SAID_IN = word_class("said_in_nouns")  # data/word_classes.yaml


EYEWITNESSES = word_class("eyewitness_nouns")  # data/word_classes.yaml


def _witness_place(cand, sa: Paragraph, prefer) -> Place | None:
    """Local people tell what happened where they are: "witnesses in Dapchi said the
    militants warned residents", "residents of the capital reported air strikes". Any event
    an eyewitness reports; for officials, doctors or activists "in X", physical events only."""
    v = clause_verb(cand.trigger)
    for _ in range(4):
        if v is None:
            return None
        for subj in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
            lemma = subj.lemma_.lower()
            if lemma not in LOCALS and lemma not in EYEWITNESSES:
                continue
            if lemma not in EYEWITNESSES and (
                cand.type not in CARRY_TYPES or v == clause_verb(cand.trigger)
            ):
                continue
            for mod in (
                c
                for c in subj.children
                if c.dep_ in ("compound", "nmod", "amod") and c.text[:1].isupper()
            ):
                p = place_of(mod, sa, prefer)  # "Idlib residents said"
                if p is None and sa.match_at.get(mod.i) is None:
                    name = _name_of(mod)
                    city = gazetteer().city(name, prefer)
                    div = gazetteer().division(name, prefer)
                    if city is not None and city.population >= 100_000:
                        p = city_place(city, name)
                    elif div is not None:
                        p = division_place(div, name)
                if p is not None:
                    return p
            for prep in (
                c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "from")
            ):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    p = place_of(obj, sa, prefer)
                    if p is None and obj.ent_type_ in PLACE_ENTS:
                        p = _unresolved_place(obj, sa, prefer)
                    m = sa.match_at.get(obj.i)
                    if (
                        p is None
                        and obj.pos_ == "PROPN"
                        and prep.lower_ in ("in", "from")
                        and m is None
                    ):
                        country = story_country(
                            sa
                        )  # "witnesses in Dapchi": a town the gazetteer lacks
                        if country:
                            p = Place(name=_name_of(obj), country=country, lat=None, lon=None,
                                      geonameid=None, feature="unresolved", text=obj.text)  # fmt: skip
                    if p is not None:
                        return p
        if v.dep_ in ("ccomp", "conj", "advcl", "xcomp") and v.head != v:
            v = clause_verb(v.head)
            continue
        return None
    return None


def _place_inherited(cand, sa: Paragraph, prefer) -> Place | None:
    """No place in the event's clause: the place of the clause it is coordinated with or
    belongs to ("in Singapore, where they signed", "fired tear gas in Nairobi and arrested",
    "detained her at Kuala Lumpur airport before releasing her")."""
    v = cand.head if cand.head.pos_ in ("VERB", "AUX") else clause_verb(cand.trigger)
    if v is not None:  # "killed 1,200 people and seized hostages in their attack on Israel"
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _others_departure(c, cand):
                p = _place_of_clause(c, cand, sa, prefer)
                if p is not None:
                    return p
    if cand.nominal and cand.trigger.dep_ == "pobj" and v is not None:
        p = _place_of_clause(v, cand, sa, prefer)  # "a crackdown in Rakhine after attacks on posts"
        if p is not None:
            return p
    for _ in range(3):
        if v is None or v.head == v:
            return None
        dep = v.dep_
        parent = v.head
        if dep in ("relcl", "acl") and parent.pos_ in ("PROPN", "NOUN"):
            if any(c.lower_ == "where" for c in v.children):
                p = place_of(parent, sa, prefer)
                if p is not None:
                    return p
            v = clause_verb(parent)
            p = _place_of_clause(v, cand, sa, prefer)
            if p is not None:
                return p
            continue
        if dep == "ccomp" and parent.lemma_.lower() in SPEECH_LEMMAS and cand.type in CARRY_TYPES:
            # "residents of Adwa said troops were looting homes": local witnesses
            for subj in (c for c in parent.children if c.dep_ == "nsubj"):
                for prep in (
                    c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                ):
                    for obj in (c for c in prep.children if c.dep_ == "pobj"):
                        p = place_of(obj, sa, prefer) or _unresolved_place(obj, sa, prefer)
                        if p is None and obj.pos_ == "PROPN" and subj.lemma_.lower() in LOCALS:
                            country = story_country(sa)  # a town the gazetteer does not know
                            if country:
                                p = Place(name=_name_of(obj), country=country, lat=None, lon=None,
                                          geonameid=None, feature="unresolved", text=obj.text)  # fmt: skip
                        if p is not None:
                            return p
            return None
        if dep in ("conj", "advcl", "xcomp", "pcomp"):
            if dep == "pcomp" and parent.dep_ == "prep":
                parent = parent.head
            if _others_departure(parent, cand):
                return None
            p = _place_of_clause(parent, cand, sa, prefer)
            if p is not None:
                return p
            v = parent
            continue
        return None
    return None


DEPARTING = word_class("departure_verbs")  # data/word_classes.yaml


def _others_departure(verb, cand) -> bool:
    """A clause in which someone else leaves for a place ("security forces detained hundreds,
    and the candidate left for exile in Spain days after a court issued a warrant"): where
    that one went is not where the event took place."""
    if verb.lemma_.lower() not in DEPARTING:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    own = {t.i for opt in cand.source_heads for t in opt}
    return bool(subjects) and not any(t.i in own for t in subjects)


def _place_of_clause(verb, cand, sa: Paragraph, prefer) -> Place | None:
    """The place a clause headed by `verb` names for itself."""
    anchors = {verb, *governors(verb)}
    sent = verb.sent
    found = []
    for tok in _mention_heads(sent, sa):
        slot = _slot_of(tok, cand, anchors, {verb}, set(), sa)
        if slot is None:
            continue
        place = place_of(tok, sa, prefer) or _unresolved_place(tok, sa, prefer)
        if place is not None:
            found.append((slot, abs(tok.i - verb.i), place))
    if not found:
        return None
    found.sort(key=lambda x: (x[0], x[1]))
    return found[0][2]


def _carried_place(cand, sa: Paragraph, prefer) -> Place | None:
    """A physical event with no place in its sentence happened where the paragraph just
    was: "Overnight, protesters set cars on fire in Hamburg's Schanze district. Police used
    water cannon." The last place phrase of the two sentences before, in the same paragraph:
    a news paragraph is a sentence or three, and text scraped without its paragraph breaks
    must not carry a place from far back ("... lives in London." twenty sentences before a
    strike in Syria)."""
    if cand.type in SPEECH_ACT_TYPES or cand.type not in CARRY_TYPES:
        return None
    sent = cand.trigger.sent
    before = [s for s in sent.doc.sents if s.start < sent.start][-CARRY_SENTENCES:]
    states = {
        _actor_country(h, sa)
        for opt in cand.source_heads[:1]
        for h in opt
        if _is_country_name(h, sa)
    }
    last = None
    for s in before:
        for tok in _mention_heads(s, sa):
            t = _climb(tok)
            if t.dep_ == "pobj" and t.head.lower_ in STRICT_LOCATIVE | {"through"}:
                if cand.type != "CONSULT" and _is_venue(t.head.head):
                    continue  # "ministers are due to meet in Doha": a venue, not a battlefield
                p = place_of(tok, sa, prefer)
                if p is not None and p.feature in ("city", "admin1"):
                    if states and p.country not in states and cand.type != "ASSAULT":
                        continue  # "Turkey has taken in two million refugees" after a summit abroad
                    last = p
    return last


AGREEING = word_class("agreeing_verbs")  # data/word_classes.yaml


def _venue_of_agreement(cand, sa: Paragraph, prefer) -> Place | None:
    """What parties agree or sign with no place of its own was agreed where they met: "The
    deal was signed during talks in Accra. The two presidents also agreed to reopen the
    border" -- the venue of the meeting the two sentences before name (a place phrase of
    a meeting, talks or signing), across a paragraph break: a lead is often one sentence."""
    words = {t.lemma_.lower() for t in event_anchor_tokens(cand)} | _trigger_lemmas(cand)
    words |= {t.lemma_.lower() for t in governors(cand.trigger)}
    if not words & AGREEING:
        return None
    state = _venues(sa)
    at = state["at"].get((id(cand.trigger.doc), cand.trigger.sent.start))
    if at is None:
        return None
    before = state["order"][max(0, at - CARRY_SENTENCES) : at]
    venues = [state["venues"][k] for k in before if k in state["venues"]]
    return venues[-1] if venues else None


MEETING_WORDS = word_class("venue_words")
SEA_FEATURES = word_class("sea_feature_nouns")  # data/word_classes.yaml


def _is_venue(word) -> bool:
    """A place phrase hanging from a meeting ("met in", "a summit in", "held talks in")."""
    for t in (word, word.head if word.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else None):
        if t is not None and t.lemma_.lower() in MEETING_WORDS:
            return True
    return False


def _actor_country(tok, sa: Paragraph) -> str | None:
    """The country a source phrase names: "Estonia", "Cambodian police", "Venezuela's
    Supreme Court", "Kenya's government"."""
    toks = [tok] + [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    toks += [g for c in tok.children if c.dep_ in ("compound", "poss") for g in c.children
             if g.dep_ in ("amod", "compound", "poss")]  # fmt: skip
    for t in toks:
        m = sa.match_at.get(t.i)
        if (
            m is not None
            and m.term.entity.kind == "country"
            and m.term.function in ("name", "adjective", "people", "capital", "seat")
        ):
            return m.term.entity.country
    return None


RELEASED_THINGS = word_class("released_thing_nouns")  # data/word_classes.yaml
RELEASING = word_class("releasing_words")  # data/word_classes.yaml


HOME_BODIES = word_class("home_body_nouns")  # data/word_classes.yaml
SUMMONING = word_class("summoning_verbs")


def _home_body_place(cand, sa: Paragraph) -> Place | None:
    """Courts, parliaments and police act where they sit, and a summoned envoy comes to the
    summoner's ministry: "a Kenyan court charged", "Norway's parliament rejected", "Chile
    summoned Peru's ambassador" happen in that country; a bare "lawmakers voted" in the
    story's country. Not an international body ("the International Criminal Court"), nor one
    its own phrase places elsewhere ("Kenyan police in Haiti", "Kenyan police, who serve in
    Haiti,"), nor a body's act of a carried kind (CARRY_TYPES: force, protest, moves, and also
    meetings, aid and concessions) in a story set in another country (Kenyan police firing tear
    gas at, or meeting officials of, the dateline's country): police serve abroad on missions."""
    summons = bool(_trigger_lemmas(cand) & SUMMONING)
    heads = cand.source_heads[0] if cand.source_heads else []
    if summons and not heads:  # "the ambassador was summoned to the ministry"
        story = story_country(sa)
        return _country(story) if story else None
    for h in heads:
        body = h.lemma_.lower() in HOME_BODIES
        if not (body or summons) or h.pos_ == "PRON":
            continue
        if _names_an_organisation(h, sa) or any(
            t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS and g.ent_type_ in PLACE_ENTS
            for t in h.subtree
            for g in t.children
        ):
            return None
        story = story_country(sa) if body else None
        country = _actor_country(h, sa) or story
        if not country:
            continue
        if body and not summons and cand.type in CARRY_TYPES and story and story != country:
            return None
        return _country(country)
    return None


def _names_an_organisation(tok, sa: Paragraph) -> bool:
    """ "the International Criminal Court", "the European Parliament": a body of no state."""
    words = [tok, *(c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss"))]
    for t in words:
        m = sa.match_at.get(t.i)
        if m is not None and m.term.entity.kind == "org":
            return True
    return False


def _domestic_place(cand, sa: Paragraph) -> Place | None:
    """What a state does at home (arrest, ban, curfew, expel, alert, protest) happens in
    its own country: placed there at country precision. Only when its actor names the
    country (or the story's dateline does, for police and protesters with none)."""
    home = _home_body_place(cand, sa)
    if home is not None:
        return home
    releasing = (
        cand.type == "RETREAT"
        and bool(_trigger_lemmas(cand) & RELEASING)
        and not any(t.lemma_.lower() in RELEASED_THINGS for t in cand.target_heads)
        and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in RELEASED_THINGS for c in cand.trigger.children
        )
    )
    if cand.type not in DOMESTIC_TYPES | {"SUPPORT"} and not releasing:
        return None
    heads = cand.source_heads[0] if cand.source_heads else []
    for h in heads:
        if h.pos_ == "PRON":
            # "Lithuania said it had raised the readiness of its forces": the sayer
            v = clause_verb(h)
            if (
                v.dep_ == "ccomp"
                and v.head.lemma_.lower() in SPEECH_LEMMAS
                and cand.type != "SANCTION"
            ):
                for subj in (c for c in v.head.children if c.dep_ == "nsubj"):
                    if _is_country_name(subj, sa):
                        return _country(_actor_country(subj, sa))
                    force = _national_force_away(cand, subj, sa)
                    if force is not None:
                        return force
            continue
        force = _national_force_away(cand, h, sa)
        if force is not None:
            return force
        c = _actor_country(h, sa)
        domestic_word = h.lemma_.lower() in DOMESTIC_NOUNS or any(
            c2.lemma_.lower() in DOMESTIC_NOUNS for c2 in h.children if c2.dep_ == "compound"
        )
        if cand.type == "SUPPORT" and not (domestic_word and _signed_or_approved(cand)):
            continue  # a cabinet's approval happens at home; a statement of support anywhere
        if c is not None and (domestic_word or _is_country_name(h, sa) or _is_capital(h, sa)):
            if cand.type == "SANCTION" and not _expulsion(cand):
                return None
            return _country(c)
        if c is None and domestic_word and cand.type in ("COERCE", "PROTEST"):
            story = story_country(sa)
            if story:
                return _country(story)
    return None


NATIONAL_BODIES = word_class("national_body_nouns")  # data/word_classes.yaml


def _national_force_away(cand, h, sa: Paragraph) -> Place | None:
    """ "Cameroon's army said it had arrested 30 fighters" in a story datelined in Nigeria:
    a national force (army, police, navy, court ...) of a country other than the dateline's,
    doing what a state does at home (arrest, curfew, alert) with no place named, acts in its
    own country -- unless the dateline's country takes part: it is the target's, or the
    event's sentence names it ("Rwandan troops detained Congolese soldiers", "... in
    Congo"): then the force may be acting there, and the story's country decides. Troops,
    soldiers and forces are not such a body: they serve abroad as often as at home."""
    if cand.type not in DOMESTIC_TYPES or cand.type == "SANCTION":
        return None
    lemma = h.lemma_.lower()
    if lemma not in NATIONAL_BODIES | DOMESTIC_NOUNS | HOME_BODIES:
        return None
    country = _actor_country(h, sa)
    home = sa.memory.dateline_country
    if country is None or home is None or home == country:
        return None
    targets = {_actor_country(t, sa) for t in cand.target_heads}
    targets |= {a.country for t in cand.target_heads for a in sa.actors_for(t)}
    if home in targets:
        return None
    sent = cand.trigger.sent
    if any(
        m.term.entity.kind == "country" and m.term.entity.country == home
        for i, m in sa.match_at.items()
        if sent.start <= i < sent.end
    ):
        return None  # the sentence names the dateline's country: the force may act there
    return _country(country)


def story_country(sa: Paragraph) -> str | None:
    """The country a story is set in: the dateline's when the story is about it, or when
    none of the story's actors is from there (a correspondent at a summit); else the
    country the story talks about most."""
    memory = sa.memory
    dl = memory.dateline_country
    places = _place_counts(sa)
    if places:  # where the story's events have been placed so far
        best, n = max(places.items(), key=lambda kv: kv[1])
        if dl and places.get(dl):
            if (
                best != dl
                and places[dl] <= 1
                and n >= 3
                and memory.country_counts.get(dl, 0) <= 1
                and memory.country_counts.get(best, 0) >= 4
            ):
                # "BANGKOK - ... diplomats in Bangkok said" in a story set in Myanmar: the
                # bureau's city, named once in passing, is not where the story is set
                return best
            return dl
        return best
    if dl:
        # a headline over a foreign desk's dateline: the one country it names
        return (memory.home_country() if memory.headline else None) or dl
    return memory.focus_country()


def _place_counts(sa: Paragraph) -> dict[str, int]:
    """Countries of the places the article has named in place phrases so far ("in
    Hamburg", "in the Sagaing region"), kept beside the article's actor memory."""
    memory = sa.memory
    state = memory.ground.setdefault("places", {"counts": {}, "seen": set()})
    for _, sent in _unread_sentences(sa.doc, state["seen"]):
        for tok in _mention_heads(sent, sa):
            t = _climb(tok)
            if t.dep_ == "pobj" and t.head.lower_ in STRICT_LOCATIVE | {"through"}:
                if t.head.head.lemma_.lower() in DEPARTING:
                    continue  # "left for exile in Spain": where someone went, not the scene
                p = place_of(tok, sa, set())
                if p is not None and p.country:
                    state["counts"][p.country] = state["counts"].get(p.country, 0) + 1
    return state["counts"]


def _unread_sentences(doc, seen):
    """The sentences of `doc` not yet read (their keys not in `seen`), noted as read."""
    for sent in doc.sents:
        key = (id(doc), sent.start)
        if key not in seen:
            seen.add(key)
            yield key, sent


def _venues(sa: Paragraph) -> dict:
    """The article's sentences read so far, in reading order and across paragraph breaks,
    and the meeting venues they name ("talks in Accra", "a meeting in Jeddah"); "at" gives
    each sentence's place in the order."""
    blank = {"order": [], "at": {}, "venues": {}, "seen": set()}
    state = sa.memory.ground.setdefault("venues", blank)
    for para in [*sa.memory.paragraphs, sa]:
        for key, sent in _unread_sentences(para.doc, state["seen"]):
            state["at"][key] = len(state["order"])
            state["order"].append(key)
            for tok in _mention_heads(sent, para):
                t = _climb(tok)
                if t.dep_ == "pobj" and t.head.lower_ in STRICT_LOCATIVE and _is_venue(t.head.head):
                    p = place_of(tok, para, set())
                    if p is not None and p.feature in ("city", "admin1"):
                        state["venues"][key] = p
    return state


VERDICT_VERBS = word_class("verdict_verbs")  # data/word_classes.yaml


def _story_country(cand, sa: Paragraph, prefer=frozenset()) -> Place | None:
    """A physical event (clash, arrest, protest, strike, release, meeting) with no place in
    its paragraph, by actors of no other country: the story's country, at country
    precision ("Police used water cannon" under a HAMBURG dateline)."""
    passive_sentence = cand.type == "SANCTION" and not cand.source_heads  # "was sentenced"
    # "a Nigerian court convicted the former governor": a verdict is given in the story's country
    verdict = cand.type == "SANCTION" and bool(_trigger_lemmas(cand) & VERDICT_VERBS)
    signing = cand.type in ("SUPPORT", "AGREE", "COOPERATE") and _signed_or_approved(cand)
    if cand.type not in CARRY_TYPES and not passive_sentence and not verdict and not signing:
        return None
    if cand.type in ("RETREAT", "CONCEDE") and _trigger_lemmas(cand) & {"resign", "resignation"}:
        # an office given up is not a scene of the story (a march demanding a resignation is)
        return None
    own = _own_clause_place(cand, sa, set(prefer))
    if own is not None:
        return own  # "bombed a monastery in Sagaing region's Depayin township"
    sea = _feature_at_sea(cand) if cand.type in AT_SEA_TYPES else None
    if sea is not None:
        return sea
    story = story_country(sa)
    if not story:
        return None
    if _story_is_the_field(cand, sa, story):
        return _country(story)
    moved = _paragraph_moved_to(cand, sa, story)
    if moved is not None:
        return dataclasses.replace(_country(moved), basis="story")
    for opt in cand.source_heads[:1]:
        for h in opt:
            c = _actor_country(h, sa)
            if (
                c is not None
                and c != story
                and cand.type not in ("CONSULT", "PROTEST")
                and not signing
            ):
                return None
    # no phrase of the text places it: the story's country, a guess (see _domestic_target)
    return dataclasses.replace(_country(story), basis="story")


def _paragraph_moved_to(cand, sa: Paragraph, story: str) -> str | None:
    """The one country the event's paragraph names up to the event ("Soldiers in Bamako fired
    on protesters." ... a paragraph later "Nigeria's army said gunmen attacked a base in Borno.
    They also kidnapped 20 women."), when it names nothing of the story's country: the story's
    country does not carry past a paragraph that moves to another country. Named as a country,
    its capital or a region of it ("Chinese coast guard officers" in a Vietnamese story's
    paragraph name whose ships, not where), and not only by who tells it."""
    if not any(p is not sa for p in sa.memory.paragraphs):
        return None  # the first paragraph: nothing before it to carry
    end = cand.trigger.sent.end
    named = {
        m.term.entity.country
        for i, m in sa.match_at.items()
        if i < end
        and m.term.entity.kind == "country"
        and m.term.function in ("name", "capital", "region", "seat")
        and m.term.entity.country
        and not _teller(sa.doc[i])
        and not _flag_state(sa.doc[i])
    }
    if len(named) != 1 or story in named:
        return None
    moved = next(iter(named))
    doers = {
        a.country
        for opt in cand.source_heads[:1]
        for h in opt
        for a in sa.actors_for(h)
        if a.country
    }
    if doers:
        # "They pushed the head of the Mexican mission": its doers are from elsewhere; "Russia
        # launched 80 drones", "its air force has flown supplies to ...": a state's forces act
        # abroad; who they are says nothing of where
        return None
    return moved


FLAG_WORDS = word_class("flag_of_registry_words")  # data/word_classes.yaml


def _flag_state(tok) -> bool:
    """ "sailing under the flag of Gabon", "a Panama-flagged tanker": a ship's flag of
    registry, a legal tie that names no place."""
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == "of":
        h = h.head
    return h is not tok and h.lemma_.lower() in FLAG_WORDS


def _teller(tok) -> bool:
    """ "Mexican diplomats said ...": a word of the phrase that tells what others did; who
    tells it does not say where it happened."""
    h = tok
    while h.dep_ in ("amod", "compound", "poss", "nmod") and h.head.i != h.i:
        h = h.head
    return h.dep_ == "nsubj" and h.head.lemma_.lower() in SPEECH_LEMMAS


# acts done on the spot, which a feature at sea named in their clause places; a signing or a
# meeting "on resupply missions to Second Thomas Shoal" happens elsewhere
AT_SEA_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}


def _feature_at_sea(cand) -> Place | None:
    """ "fired water cannon at boats bringing supplies to Iroquois Reef": a named feature at
    sea in the clause of a clash, when nothing else places it, is where it happened -- at sea,
    no country's land."""
    verb = clause_verb(cand.trigger)
    for tok in verb.subtree:
        if tok.pos_ == "PROPN" and tok.lower_ in SEA_FEATURES and tok.i > tok.sent.start:
            name = _ent_text(tok)
            if name == tok.text and tok.i > 0 and tok.nbor(-1).pos_ == "PROPN":
                name = f"{tok.nbor(-1).text} {tok.text}"  # the tagger missed the name
            if name.lower() == tok.lower_:
                continue  # "the Sea" alone names nothing
            return _no_land_place(name)
    return None


# what hangs from an event's clause but is another clause or someone else's phrase: its
# doers, relative and adverbial clauses, clauses beside it ("and the candidate fled to Spain")
OTHER_CLAUSE_DEPS = {"nsubj", "nsubjpass", "csubj", "relcl", "advcl", "parataxis", "appos"}


def _own_clause_place(cand, sa: Paragraph, prefer) -> Place | None:
    """A place phrase hanging anywhere in the event's own clause, however loosely the parse
    attaches it ("brokered a truce between the two sides in Doha", "will sign the contract
    with Eni in Rome", "sent firefighters to help Peru contain fires in Puno"): where the
    event is, before any guess from the story. Not a place in its doers' phrase, in a
    relative or adverbial clause ("a dissident who lives in exile in Spain"), in a clause
    beside it, or where someone departs for."""
    roots = [cand.trigger, *(t for t in cand.trigger_tokens if t.pos_ in ("VERB", "AUX"))]
    own: set[int] = set()
    todo = list(roots)
    while todo:
        t = todo.pop()
        if t.i in own:
            continue
        own.add(t.i)
        for c in t.children:
            if c.dep_ in OTHER_CLAUSE_DEPS:
                continue
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                continue  # "attacked the base and fled to Chad": another act
            todo.append(c)
    found = []
    for tok in _mention_heads(cand.trigger.sent, sa):
        if tok.i not in own:
            continue
        t = _climb(tok)
        prep = t.head
        if t.dep_ != "pobj" or prep.lower_ not in LOCATIVE_PREPS | MOTION_PREPS:
            continue
        if prep.head.lemma_.lower() in DEPARTING or prep.head.lemma_.lower() == "exile":
            continue  # "fled to Spain", "in exile in Spain": where someone went
        place = place_of(tok, sa, prefer)
        if place is not None and place.country:
            found.append((abs(tok.i - cand.trigger.i), place))
    if not found:
        return None
    return min(found, key=lambda x: x[0])[1]


FIELD_TYPES = {"ASSAULT", "MOBILIZE", "RETREAT", "COERCE"}  # not aid: arms are supplied from home


def _story_is_the_field(cand, sa: Paragraph, story: str) -> bool:
    """A foreign force acting in a story set somewhere acts there: "US jets attacked
    overnight" in a story whose places are all in Syria; "Russian aircraft struck Ukrainian
    positions" (the target's country). Not when the dateline is the actor's own country."""
    if cand.type not in FIELD_TYPES:
        return False
    if any(_actor_country(t, sa) == story for t in cand.target_heads):
        return True
    own = {_actor_country(h, sa) for opt in cand.source_heads[:1] for h in opt} - {None}
    if not own or sa.memory.dateline_country in own:
        return False
    counts = _place_counts(sa)
    return counts.get(story, 0) >= 2 and not (
        own & {c for c, n in counts.items() if n >= counts[story]}
    )


def _is_capital(tok, sa: Paragraph) -> bool:
    m = sa.match_at.get(tok.i)
    return (
        m is not None and m.term.entity.kind == "country" and m.term.function in ("capital", "seat")
    )


def _is_country_name(tok, sa: Paragraph) -> bool:
    m = sa.match_at.get(tok.i)
    return m is not None and m.term.entity.kind == "country" and m.term.function == "name"


def _signed_or_approved(cand) -> bool:
    words = {t.lemma_.lower() for t in cand.trigger_tokens} | {cand.trigger.lemma_.lower()}
    return bool(words & {"approve", "ratify", "sign", "endorse", "pass", "adopt"})


def _expulsion(cand) -> bool:
    words = {t.lemma_.lower() for t in cand.trigger_tokens} | {cand.trigger.lemma_.lower()}
    sub = " ".join(t.lower_ for t in cand.trigger.sent)
    return bool(words & {"expel", "expulsion", "order", "declare", "ban", "revoke"}) or bool(
        re.search(r"\b(?:leave the country|persona non grata|expel)", sub)
    )


def _country(iso3: str) -> Place:
    name = gazetteer().countries.get(iso3, (iso3,))[0]
    return country_place(name, iso3, None)


def _division_word_near(tok) -> bool:
    """ "the Sagaing region", "Delta State", "the state of Barinas"."""
    near = [tok.head, *tok.children]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        near.append(tok.head.head)
    return any(t.lemma_.lower() in DIVISION_WORDS for t in near)


def _qualifier_country(tok, sa: Paragraph, prefer) -> str | None:
    """ "Paris, Texas", "Hyderabad, Pakistan": the division or country after a comma; "the
    town of Santiago in Veraguas province": the division the text puts it in."""
    for c in tok.children:
        if c.dep_ in ("appos", "npadvmod", "conj") and c.pos_ == "PROPN" and c.i > tok.i:
            m = sa.match_at.get(c.i)
            if m is not None and m.term.entity.kind == "country" and m.term.function == "name":
                return m.term.entity.country
            div = gazetteer().division(_name_of(c), set(), explicit=True)
            if div is not None:
                return div.country
    # "the town of Santiago in Veraguas province", "Santiago in Veraguas province": the
    # province, state or region the text puts the place in, right after its name (read off
    # the words: the parser hangs the "in" phrase on whichever noun comes before)
    doc = tok.doc
    j = tok.right_edge.i + 1
    if j < len(doc) and doc[j].lower_ == "in":
        words = []
        for t in doc[j + 1 : j + 6]:
            if t.lower_ in DIVISION_WORDS and words:
                div = gazetteer().division(" ".join(words + [t.text]), set(), explicit=True)
                return div.country if div is not None else None
            if t.pos_ != "PROPN" and t.dep_ != "det":
                break
            if t.dep_ != "det":
                words.append(t.text)
    return None


def place_of(tok, sa: Paragraph, prefer: set[str]) -> Place | None:
    """A token heading a place name -> Place: a knowledge-base country, capital or region,
    else a gazetteer city, else a first-level division."""
    doc = tok.doc
    water = _open_water_name(tok)
    if water is not None:
        return _no_land_place(water)
    if _anaphoric(tok, sa):
        return _antecedent_place(tok, sa)
    m = sa.match_at.get(tok.i)
    if m is None and not _has_capital(_ent_text(tok)):
        return None  # "the canton's border towns": a common noun the tagger took for a name
    if m is not None and m.term.entity.kind == "country":
        ent = m.term.entity
        span = doc[m.start : m.end]
        fn = m.term.function
        if fn == "name":
            whole = _whole_name_place(tok, span, prefer)
            if whole is not None:
                return whole  # "New Ireland", "West Bengal": a place whose last word is a country
            return country_place(ent.name, ent.country, span.text)
        if fn == "seat":  # "at the White House", "the Kremlin": in the capital
            cap = gazetteer().capital(ent.country) if ent.country else None
            if cap is not None:
                return city_place(cap, span.text)
        if fn in ("capital", "region", "seat"):
            g = gazetteer()
            q = _qualifier_country(tok, sa, prefer)
            others = (
                {q}
                if q
                else (
                    {c for c in prefer if c != ent.country} if ent.country not in prefer else set()
                )
            )
            if others:  # "Paris, Texas"; "Paris" in a story about the United States only
                alt = g.city(span.text, others)
                if alt is not None and alt.country in others:
                    return city_place(alt, span.text)
            if _division_word_near(tok):
                div = g.division(span.text, {ent.country}, explicit=True)  # "the Sagaing region"
                if div is not None and div.country == ent.country:
                    return division_place(div, span.text)
            city = g.city(span.text, {ent.country})
            if city is not None and city.country == ent.country:
                return city_place(city, span.text)
            div = g.division(span.text, {ent.country}, explicit=True)
            if div is not None and div.country == ent.country:
                return division_place(div, span.text)
            if fn == "region" and span[-1].lower_ in SEA_FEATURES:
                # a claimed feature at sea ("Scarborough Shoal"): at sea, no country's land
                return _no_land_place(span.text)
            return Place(name=span.text, country=ent.country, feature="admin1" if fn == "region" else "city",
                         text=span.text, lat=None, lon=None)  # fmt: skip
        return None
    if (
        m is not None
        and m.term.entity.kind == "region"
        and m.term.entity.country is None
        and (divisions := gazetteer().divisions_named(m.term.entity.name))
        and not any(d.country in prefer for d in divisions)
    ):
        # "al Qaeda's affiliate in the Sahel" in a story about Mali: a region of several
        # countries (actors/regions.yaml) is no one country's place, not the gazetteer's
        # division of that name (Burkina Faso's Sahel province) outside that country's story
        return None
    ent_span = ent_at(tok)
    if ent_span is not None and ent_span.label_ not in PLACE_ENTS:
        ent_span = None
    if ent_span is None:
        # a place the tagger missed
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and _may_name_a_place(tok):
            name = _name_of(tok)
            city = _likely_city(gazetteer(), name, prefer, _named_small(tok))
            if city is not None and city.population >= 100_000:
                return city_place(city, name)
            div = gazetteer().division(name, prefer, explicit=True)
            if div is not None:
                return division_place(div, name)
        return None
    text = ent_span.text
    whole = _name_of(doc[ent_span.end - 1])
    if len(whole) > len(text) and whole.endswith(text):
        # "the Barra del Colorado area": the tagger's place is only the end of a longer name,
        # which is the place, or one the gazetteer lacks (not Brazil's town of Colorado)
        text = whole
    return _named_place(tok, sa, prefer, text)


def _whole_name_place(tok, span, prefer: set[str]) -> Place | None:
    """A name that ends in a country's name but is longer ("New Ireland", a province of Papua
    New Guinea; "East New Britain"): the gazetteer's division or city of the whole name, when
    it has one (a city only in the article's countries or a large one), else None."""
    longer = [_name_of(span[-1])]
    e = ent_at(tok)
    if e is not None and e.label_ in PLACE_ENTS and e.end == span.end:
        longer.append(_ent_text(tok))
    g = gazetteer()
    for name in sorted(set(longer), key=len, reverse=True):
        if len(name) <= len(span.text) or not name.endswith(span.text) or g.country_of_name(name):
            continue
        div = g.division(name, prefer, explicit=True)
        if div is not None:
            return division_place(div, name)
        city = g.city(name, prefer)
        if city is not None and (city.country in prefer or city.population >= 100_000):
            return city_place(city, name)
        place = _inside_longer_names(g, name, name)
        if place is not None:
            return place
    return None


def _inside_longer_names(g, name: str, text: str, city=None) -> Place | None:
    """ "New Britain", an island whose provinces are East and West New Britain; "New Guinea",
    the island of Papua New Guinea: a name the gazetteer knows only inside longer names of
    one country is a place of that country, not the country its last word names (None when
    the namesake `city` is already in that country)."""
    held_in = g.countries_of_longer_names(name)
    if len(held_in) != 1 or (city is not None and city.country in held_in):
        return None
    return Place(name=name, country=next(iter(held_in)), lat=None, lon=None,
                 geonameid=None, feature="unresolved", text=text)  # fmt: skip


def _named_place(tok, sa: Paragraph, prefer: set[str], text: str) -> Place | None:
    """The place a name the tagger found names: a division where the words say so ("Borno
    state"), else a country, else a gazetteer city or first-level division."""
    name = text
    if name.lower().startswith("the "):
        name = name[4:]
    g = gazetteer()
    if re.match(
        r"(?:north|south|east|west|central|northern|southern|eastern|western)\w*\s", name, re.I
    ):
        # "West Bengal", "Western Cape": a division whose own name begins with a direction
        div = g.division(name, prefer)
        if div is not None and _fold(div.name) == _fold(name):
            return division_place(div, text)
    name = re.sub(
        r"^(?:northern|southern|eastern|western|central|north|south|east|west|"
        r"northeastern|northwestern|southeastern|southwestern)\s+",
        "",
        name,
        flags=re.I,
    )
    q = _qualifier_country(tok, sa, prefer)
    if q:
        prefer = {q}
    explicit = _division_word_near(tok) or bool(
        re.search(r"\b(?:state|province|region|governorate|oblast)$", name, re.I)
    )
    if explicit:
        kind_named = bool(re.search(r"\s(?:state|province|governorate|oblast)$", name, re.I))
        name = re.sub(r"\s+(?:state|province|region|governorate|oblast)$", "", name, flags=re.I)
        div = g.division(name, prefer, explicit=True, kind_named=kind_named)
        if div is not None:
            return division_place(div, text)
    if _at_sea_name(name):
        # "the Red Sea" in a story about Egypt is the water, not Egypt's governorate of that
        # name, unless a division word says so ("Sudan's Red Sea state", handled above)
        return _no_land_place(text)
    iso = g.country_of_name(name)
    if iso:
        return country_place(g.countries[iso][0], iso, text)
    city = _likely_city(g, name, prefer, _named_small(tok))
    div = g.division(name, prefer)
    if (
        div is None
        and (city is None or (city.country not in prefer and city.population < 100_000))
        and name.split()[0].lower() in PLACE_NAME_PREFIXES
    ):
        # "on New Britain" (whose "Britain" is no country match: actors/kb.py
        # _inside_longer_place): the island, as _whole_name_place finds it, not a small
        # namesake town abroad (New Britain, Connecticut)
        place = _inside_longer_names(g, name, text, city)
        if place is not None:
            return place
    if city is not None and (div is None or city.country in prefer or div.country not in prefer):
        return city_place(city, text)
    if div is not None:
        return division_place(div, text)
    # "Jeju Island": the gazetteer knows the island (a province) by its bare name
    island = re.sub(r"\s+(?:island|isle)$", "", name, flags=re.I)
    if island != name:
        div = g.division(island, prefer)
        if div is not None:
            return division_place(div, text)
        city = _likely_city(g, island, prefer)
        if city is not None:
            return city_place(city, text)
    return None


# a town abroad met only through another spelling, smaller than this, is no match for a story
# about other countries ("retook Mahas in Hiiraan region" in a Somali story is not Jordan's Mahis)
FOREIGN_SPELLING_MAX_POPULATION = 50_000


def _likely_city(g, name: str, prefer, small: bool = False):
    """The gazetteer's city for a name, unless it is only a small town of a country the article
    never names, found through an alternate spelling: the gazetteer lacks the story's town. A
    name the text calls a village or a settlement (`small`) is no gazetteer city of a country
    the article never names, however large ("the settlement of Abana" in a story about Nigeria
    and Cameroon is not Havana, whose other spellings include Abana)."""
    city = g.city(name, prefer)
    if city is None or city.country in prefer:
        return city
    spelling = _fold(city.name) != _fold(name)
    if small and (prefer or spelling):
        return None  # with no countries to prefer (the story's place counts), only a spelling
    if prefer and spelling and city.population < FOREIGN_SPELLING_MAX_POPULATION:
        return None
    return city


SMALL_SETTLEMENT_NOUNS = word_class("small_settlement_nouns")  # data/word_classes.yaml


def _named_small(tok) -> bool:
    """The name is a village's or a settlement's: "the village of X", "X village"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lemma_.lower() in SMALL_SETTLEMENT_NOUNS
    return tok.dep_ in ("compound", "nmod") and tok.head.lemma_.lower() in SMALL_SETTLEMENT_NOUNS


# -- "the city", "the capital", "the country": places named before ------------------------------
ANAPHORIC_NOUNS = {"capital": "capital", "city": "city", "town": "city", "village": "city",
                   "country": "country", "nation": "country",
                   **{w: "water" for w in word_class("water_feature_anaphors")}}  # fmt: skip
RECENT_CHARS = 1500  # how far back (in characters, some eight sentences) an antecedent may be


ADJECTIVE_PLACE_NOUNS = word_class("adjective_place_nouns")  # data/word_classes.yaml
PLACE_NAME_PREFIXES = word_class("place_name_prefixes")  # "New Britain": data/word_classes.yaml


def _nationality(tok, sa: Paragraph, functions=("adjective",)) -> str | None:
    """The country of a nationality adjective modifying a place noun ("Syrian town"); with
    "name" in `functions`, of a country's name too ("the Sudan capital")."""
    for c in tok.children:
        m = sa.match_at.get(c.i)
        if (
            c.dep_ in ("amod", "compound", "nmod")
            and m is not None
            and m.term.entity.kind == "country"
            and m.term.function in functions
        ):
            return m.term.entity.country
    return None


def _anaphoric(tok, sa: Paragraph) -> bool:
    """ "in the capital", "the Syrian capital", "across the city", "in the island nation": a
    place noun with "the" and no name of its own ("the town of Dapchi" names itself); or a
    place noun a nationality adjective locates ("a Syrian border town", "Russian territory")."""
    lemma = tok.lemma_.lower()
    if (
        tok.pos_ != "NOUN"
        or tok.tag_ not in ("NN", "NNS")
        or (lemma not in ANAPHORIC_NOUNS and lemma not in ADJECTIVE_PLACE_NOUNS)
    ):
        return False
    kids = list(tok.children)
    the = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids)
    if lemma not in ANAPHORIC_NOUNS or tok.tag_ != "NN" or not the:
        if _nationality(tok, sa) is None:
            return False
    if any(
        (c.dep_ == "prep" and c.lower_ == "of")
        or c.dep_ in ("acl", "relcl", "appos")
        or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
        for c in kids
    ):
        return False  # "the town of Dapchi", "the country where", "the Kharkiv city"
    if tok.dep_ in ("appos", "attr", "compound") or (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.pos_ in ("PROPN", "NOUN")
        and tok.head.head.lemma_.lower() not in LOCALS
    ):
        return False  # "Nyala, the capital of ...", "the history of the country"
    return True


def _recent(sa: Paragraph) -> dict:
    return sa.memory.ground.setdefault("recent", {"items": [], "seen": set()})


def _note_recent(sa: Paragraph) -> None:
    """Places and country names in reading order, with their place in the article's text."""
    for para in [*sa.memory.paragraphs, sa]:
        _note_paragraph(para, _recent(sa))


def _note_paragraph(sa: Paragraph, state) -> None:
    doc = sa.doc
    key = (id(doc), sa.offset)
    if key in state["seen"]:
        return
    state["seen"].add(key)
    base = sa.offset
    for sent in doc.sents:
        for tok in _mention_heads(sent, sa):
            if _anaphoric(tok, sa):
                continue
            m = sa.match_at.get(tok.i)
            if m is not None and m.term.entity.kind == "country" and m.term.function == "name":
                continue  # counted below with the other country names
            t = _climb(tok)
            if t.dep_ == "pobj" and t.head.lower_ in STRICT_LOCATIVE | MOTION_PREPS | {
                "of",
                "through",
                "from",
            }:
                p = place_of(tok, sa, set()) or _unresolved_place(tok, sa, set())
                if p is not None and p.feature in ("city", "unresolved") and p.country:
                    state["items"].append((base + tok.idx, "city", p, False))
                elif p is not None and p.country is None and p.feature == "unresolved":
                    # "near Scarborough Shoal" ... "patrols around the shoal"
                    state["items"].append((base + tok.idx, "water", p, False))
        for (
            tok
        ) in sent:  # country names in any role: "Lithuania said ... jets based in the country"
            m = sa.match_at.get(tok.i)
            last = sa.doc[m.end - 1] if m is not None else None
            if (
                m is not None
                and m.start == tok.i
                and m.term.entity.kind == "country"
                and m.term.function == "name"
                and tok.pos_ == "PROPN"
                and last.dep_ not in ("compound", "amod", "nmod")
            ):  # not "US troops"
                state["items"].append(
                    (base + tok.idx, "country", m.term.entity.country, _voice_only(last))
                )
    state["items"].sort(key=lambda x: x[0])


VOICE_VERBS = word_class("distant_voice_verbs")  # data/word_classes.yaml


def _voice_only(tok) -> bool:
    """A country name that is the subject, or the subject's possessor, of a verb of speaking
    or appealing ("The United States called for ...", "Kenya's foreign ministry said"): named
    as a voice, not as a scene."""
    t = tok.head if tok.dep_ == "poss" else tok
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in VOICE_VERBS


def _antecedent_place(tok, sa: Paragraph) -> Place | None:
    """What "the capital", "the city" or "the country" stands for: the country an adjective
    gives ("the Sudanese capital"), else the last city, or country, named shortly before."""
    kind = ANAPHORIC_NOUNS.get(tok.lemma_.lower(), "country")
    adj_country = _nationality(tok, sa, ("adjective", "name"))
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    if adj_country and (not definite or kind == "country"):
        return dataclasses.replace(_country(adj_country), text=tok.text)  # "a Syrian border town"
    memory = sa.memory
    here = sa.offset + tok.idx
    items = [x for x in _recent(sa)["items"] if here - RECENT_CHARS <= x[0] < here]
    if kind == "water":  # "the shoal": the last feature at sea of that kind named before
        for _, k, p, _voice in reversed(items):
            if k == "water" and tok.lemma_.lower() in _fold(p.name or "").split():
                return p
        return None
    items = [x for x in items if x[1] != "water"]
    if kind == "city":
        for _, k, p, _voice in reversed(items):
            if k == "city" and (adj_country is None or p.country == adj_country):
                return p
        return dataclasses.replace(_country(adj_country), text=tok.text) if adj_country else None
    country = adj_country
    sent_start = sa.offset + tok.sent.start_char
    passed_voice = False
    if country is None:  # the last country named, or (not for "the capital") the last city's
        for at, k, v, voice in reversed(items):
            if kind == "capital" and voice and at < sent_start:
                # "The United States called for a ceasefire. ... homes in the capital": a
                # country heard from an earlier sentence is not the capital's country
                passed_voice = True
                continue
            if kind == "capital" and k == "country" and at < sa.offset:
                # "was flown to Sri Lanka last week." ... a paragraph later "the protests that
                # shook the capital" in a story set in the Maldives: a country of an earlier
                # paragraph that is not the dateline's does not own a bare "the capital"
                home = memory.dateline_country
                if home and home != v:
                    country = home
                    break
            if k == "country" or kind == "country":
                country = v if k == "country" else v.country
                break
    if country is None and kind == "capital":
        country = memory.dateline_country
        if country is None and passed_voice:
            country = story_country(sa)
    if country is None:
        return None
    if kind == "capital":
        cap = gazetteer().capital(country)
        if cap is not None:
            return city_place(cap, tok.text)
        return None
    return dataclasses.replace(_country(country), text=tok.text)
