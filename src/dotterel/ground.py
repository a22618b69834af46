"""Attach time expressions and places to the event whose clause they belong to.

"X said on Thursday that Y attacked Z on Monday": the attack is Monday. A time or place
counts for an event when it hangs off the event's own clause (its trigger, the verbs that
govern it, or the noun that names it: "the July 11 NATO summit"); coordinated verbs share
it ("met on Monday and signed a deal").
"""

from __future__ import annotations

import datetime as dt

from . import when as W
from .model import Place, When
from .where import city_place, country_place, gazetteer

FUTURE_MODALITIES = {"planned", "possible", "hypothetical"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "into", "across", "throughout",
                  "around", "within", "off"}  # fmt: skip
MOTION_PREPS = {"to", "toward", "towards"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}


def clause_verb(tok):
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
        if t.head is t:
            return t
        t = t.head
    return t


def event_anchor_tokens(cand) -> set:
    """Tokens whose clause is the event's own, with the verbs it is a purpose or
    complement of ("will travel to Seoul next week to discuss": discuss is next week)."""
    anchors = {cand.trigger, cand.head}
    anchors.update(t for t in cand.trigger_tokens if t.pos_ in ("VERB", "AUX"))
    if cand.nominal:
        v = clause_verb(cand.trigger)
        if v is not None:
            anchors.add(v)
    for a in list(anchors):
        anchors.update(governors(a))
    return anchors


def governors(tok, depth: int = 3) -> list:
    """Verbs an infinitive hangs from: "plans to visit", "travel ... to discuss"."""
    out = []
    t = tok
    for _ in range(depth):
        if t.dep_ == "xcomp" or (t.dep_ == "advcl" and (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            or (t.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in t.children))
        )):
            # "..., killing 14 civilians": the participle shares its head's time and place
            t = t.head
            out.append(t)
        else:
            break
    return out


def times_in(sent) -> list[tuple[W.TimeExpr, object]]:
    """Time expressions of a sentence with the token each hangs from."""
    out = []
    base = sent.start_char
    for t in W.find(sent.text):
        span = sent.doc.char_span(base + t.start, base + t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append((t, span))
    return out


def _expr_clause(span):
    return clause_verb(span.root)


def attach_time(cand, exprs, published: dt.date | None, modality: str) -> When | None:
    """The interval for an event from the time expressions of its sentence, or None."""
    anchors = event_anchor_tokens(cand)
    future = modality in FUTURE_MODALITIES
    for aux in cand.trigger.children:
        if aux.dep_ == "aux" and aux.lower_ in ("have", "has", "had") and modality != "planned":
            future = False
    mine = []
    for t, span in exprs:
        root = span.root
        # a time inside the event's noun phrase: "the July 11 summit", "Monday's attack"
        if cand.nominal and (root.head is cand.trigger or root in cand.trigger.subtree):
            mine.append((0, t))
            continue
        v = _expr_clause(span)
        if v in anchors:
            mine.append((abs(root.i - cand.trigger.i), t))
        elif v.dep_ == "conj" and v.head in anchors or any(
            a.dep_ == "conj" and a.head is v for a in anchors if a.pos_ in ("VERB", "AUX")
        ):
            mine.append((100 + abs(root.i - cand.trigger.i), t))
    if not mine:
        return None
    mine.sort(key=lambda x: x[0])
    resolved = [(d, t.resolve(published, future)) for d, t in mine]
    resolved = [(d, w) for d, w in resolved if w is not None]
    if not resolved:
        fb = W.parse_fallback(mine[0][1].text, published, future)
        return fb
    # several expressions in the clause ("next week ... from Monday to Wednesday"): the
    # narrowest one that fits inside the others
    best = resolved[0][1]
    for _, w in resolved[1:]:
        if _inside(w, best):
            best = w
    return best


def _inside(a: When, b: When) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return b.start <= a.start and a.end <= b.end and (a.end - a.start) < (b.end - b.start)


def narrow(a: When, b: When) -> When:
    """Combine two intervals known to be about the same happening."""
    return b if _inside(b, a) else a


# -- places ---------------------------------------------------------------------------------------
def find_location(cand, sa, countries_in_article: set[str]) -> Place | None:
    """The place in the event's clause: "in Hamburg", "a market in northern Yemen",
    "travel to Seoul" (a visit's destination)."""
    anchors = event_anchor_tokens(cand)
    actor_heads = {t for opt in cand.source_heads for t in opt} | set(cand.target_heads)
    preps = []
    for a in anchors:
        for c in a.children:
            if c.dep_ == "prep" and (c.lower_ in LOCATIVE_PREPS or
                                     (c.lower_ in MOTION_PREPS and cand.mode == "visit")):
                preps.append(c)
    if cand.nominal:
        preps.extend(c for c in cand.trigger.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS)
    preps.sort(key=lambda p: abs(p.i - cand.trigger.i))
    for p in preps:
        for obj in (c for c in p.children if c.dep_ == "pobj"):
            if obj in actor_heads and p.lower_ not in ("in", "at", "near") and cand.mode != "visit":
                continue  # "called on Washington": an actor, not a place
            place = place_of(obj, sa, countries_in_article)
            if place is not None:
                return place
            # "a market in northern Yemen", "a village near Aleppo"
            for c in obj.children:
                if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS | {"of"}:
                    for g in c.children:
                        if g.dep_ == "pobj":
                            place = place_of(g, sa, countries_in_article)
                            if place is not None:
                                return place
    if cand.mode == "visit":
        for t in cand.target_heads:
            place = place_of(t, sa, countries_in_article)
            if place is not None:
                return place
    return None


def place_of(tok, sa, prefer: set[str]) -> Place | None:
    """A token heading a place name -> Place (city first, then country or region)."""
    doc = tok.doc
    m = sa.match_at.get(tok.i)
    if m is not None and m.term.entity.kind == "country":
        ent = m.term.entity
        span = doc[m.start : m.end]
        if m.term.function in ("capital", "name", "region") or m.term.function == "seat":
            city = gazetteer().city(span.text, {ent.country}) if m.term.function in ("capital", "region") else None
            if city is not None and city.country == ent.country:
                return city_place(city, span.text)
            if m.term.function == "region":
                return Place(name=span.text, country=ent.country, feature="admin1", text=span.text)
            if m.term.function == "name":
                return country_place(ent.name, ent.country, span.text)
        return None
    ent_span = None
    for e in doc.ents:
        if e.start <= tok.i < e.end and e.label_ in PLACE_ENTS:
            ent_span = e
            break
    if ent_span is None:
        return None
    name = ent_span.text
    if name.lower().startswith("the "):
        name = name[4:]
    city = gazetteer().city(name, prefer)
    if city is not None:
        return city_place(city, ent_span.text)
    return None
