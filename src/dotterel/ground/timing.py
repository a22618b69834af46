"""Time: which expression of a sentence dates an event, and what an event inherits when
its clause has none (see the package docstring)."""

from __future__ import annotations

import datetime as dt

from .. import when as W
from ..events.ontology import SPEECH_ACT_TYPES
from ..model import When
from ..syntax import climb
from ..words import word_class
from .clauses import (
    FUTURE_MODALITIES,
    PRESENT_PERFECT_AUX,
    SPEECH_LEMMAS,
    STRICT_LOCATIVE,
    clause_verb,
    event_anchor_tokens,
    is_future,
    perfect_aspect,
)


# -- time expressions of a sentence ------------------------------------------------------------
class SentenceTimes(list):
    """The time expressions of one sentence, each with its token span; knows its sentence
    so that "the next day" can count from the sentence before."""

    sent = None
    _prev: When | None | bool = False

    def previous_time(self, published: dt.date | None) -> When | None:
        """The time the previous sentence of the paragraph gives, if any."""
        if self._prev is not False:
            return self._prev  # type: ignore[return-value]
        self._prev = None
        sent = self.sent
        if sent is None:
            return None
        prev = None
        for s in sent.doc.sents:
            if s.start >= sent.start:
                break
            prev = s
        if prev is not None:
            self._prev = sentence_time(times_in(prev), published)
        return self._prev  # type: ignore[return-value]


def times_in(sent) -> SentenceTimes:
    """Time expressions of a sentence with the token span of each."""
    out = SentenceTimes()
    out.sent = sent
    base = sent.start_char
    for t in W.find(sent.text):
        span = sent.doc.char_span(base + t.start, base + t.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append((t, span))
    return out


def _owner(span):
    """What a time expression modifies: (token, how). how: "verb" (the clause's time),
    "pre" (a premodifier of a noun: "the 2015 deal"), "pp" (a phrase after a noun: "talks
    in March"), "nested" (a phrase inside another phrase: "the end of rule in 1990", "an
    election due in the second half of the year")."""
    root = span.root
    t = root
    if t.dep_ == "prep":  # the span holds its preposition: "in March"
        x = t.head
    elif t.dep_ == "pobj" and t.head.dep_ in ("prep", "pcomp"):
        x = t.head.head
    elif t.dep_ in ("compound", "nummod", "amod", "nmod", "poss") and t.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        return t.head, "pre"
    else:
        x = t.head
    if x == t:
        return clause_verb(t), "verb"
    if x.lower_ in ("due", "ahead", "prior", "scheduled", "slated", "set") and x.pos_ not in (
        "VERB",
        "AUX",
    ):
        return x, "nested"
    if x.pos_ in ("VERB", "AUX"):
        return _fronted_main_clause(_speech_owner(x, span), span), "verb"
    if x.pos_ in ("NOUN", "PROPN", "NUM"):
        if x.dep_ == "pobj":
            return x, "nested"
        return x, "pp"
    return clause_verb(x), "verb"


def _speech_owner(verb, span):
    """ "NATO said on Tuesday it would deploy": a parser may hang "on Tuesday" on "deploy";
    an expression before the reported clause's subject belongs to the saying."""
    if (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in SPEECH_LEMMAS
        and verb.head.i < span.start
    ):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and span.end <= subj.left_edge.i:
            return verb.head
    return verb


def _fronted_main_clause(verb, span):
    """ "On Monday, days after rebels seized Kidal, the army launched an offensive": a parser
    may hang the fronted "On Monday" on the "after" clause that follows it; set off by a comma
    before the clause's "days after", it dates the main clause, and what came "after" is
    before it."""
    if verb.dep_ != "advcl" or verb.head.i <= verb.i:
        return verb
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)  # fmt: skip
    if mark is None:
        return verb
    first = min([mark.i] + [c.left_edge.i for c in verb.children if c.dep_ == "npadvmod"])
    between = span.doc[span.end : first]
    if span.end <= first and any(t.text == "," for t in between):
        return verb.head
    return verb


def _nested_in_locative(owner, anchors: set) -> bool:
    """ "In the island nation in October, they signed": a time inside a place phrase of
    the clause dates the clause."""
    t = owner
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in STRICT_LOCATIVE:
        return t.head.head in anchors
    return False


def _during(owner, anchors: set) -> bool:
    """The time is inside a "during" phrase of the clause ("during a war in June 2025"): the
    clause happened then."""
    return owner.dep_ == "pobj" and owner.head.lower_ == "during" and owner.head.head in anchors


def _noun_path_reaches(noun, targets: set, depth: int = 4) -> bool:
    t = noun
    for _ in range(depth):
        if t.pos_ in ("VERB", "AUX"):
            return False  # a phrase nested in the verb's own adjunct dates that adjunct
        if t in targets:
            return True
        if t.dep_ in ("pobj",) and t.head.dep_ == "prep":
            t = t.head.head
        elif t.dep_ in ("appos", "conj", "compound"):
            t = t.head
        else:
            return False
    return t in targets and t.pos_ not in ("VERB", "AUX")


def _claims(cand, anchors: set, owner, how: str) -> int | None:
    """Priority (lower is better) with which an expression's owner dates the event, or None."""
    trig = {cand.trigger, *cand.trigger_tokens}
    if how in ("pre", "nested") and _during(owner, anchors):
        return 30  # "struck the sites during a 12-day war in June 2025", "during the 2022 war"
    if how == "pre":
        return 0 if owner in trig else None
    if how in ("pp", "nested"):
        if owner in trig or _noun_path_reaches(owner, trig):
            return 0
        if owner in anchors and cand.trigger.dep_ == "amod" and owner == cand.trigger.head:
            return 0  # "UN-brokered talks in Sweden last December": the talks' time
        if how == "nested" and _nested_in_locative(owner, anchors):
            return 30
        if (
            how == "pp"
            and owner.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "oprd")
            and owner.head in anchors
        ):
            return 60  # "signed a deal on Monday": the PP may hang off the noun
        return None
    if owner in anchors:
        return 10
    return None


def _since_phrase(cand, anchors, span, owner, how) -> bool:
    """ "clashed since the 2014 annexation": a year on a noun after "since" starts the event."""
    return (
        how == "pre"
        and owner.dep_ == "pobj"
        and owner.head.lower_ == "since"
        and owner.head.head in anchors
    )


SCHEDULED_KINDS = {"weekday", "month_day", "day_month"}


# verbs that call or set an act for a later day (data/word_classes.yaml)
CALLING_VERBS = word_class("calling_verbs")
_SPAN_ENDS = word_class("span_end_words")  # data/word_classes.yaml


def _scheduled_for(t: W.TimeExpr, span) -> bool:
    """ "called a general strike for Thursday", "set the hearing for July 10": a day given
    with "for" is the day an act is set for, ahead of the clause whatever its tense (not
    "arrested for Thursday's protest"). So is a day a call gives the act it calls: its
    start ("has called a three-day strike from Monday", not "from Monday to Wednesday"), or
    the day of a call in the present perfect, which takes no past day of its own ("the union
    has called a rally on Saturday")."""
    doc = span.doc
    if t.kind not in SCHEDULED_KINDS or span.start == 0:
        return False
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False
    prep = doc[span.start - 1]
    if prep.lower_ == "for":
        return True
    if prep.lower_ not in ("from", "on"):
        return False
    verb = climb(prep.head, lambda t: t.pos_ not in ("VERB", "AUX"))
    if verb.lemma_.lower() not in CALLING_VERBS:
        return False
    if prep.lower_ == "from":
        return not (span.end < len(doc) and doc[span.end].lower_ in _SPAN_ENDS)
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in PRESENT_PERFECT_AUX for c in verb.children
    )


def _resolve_expr(t: W.TimeExpr, owner_verb, modality: str, published, anchor: When | None):
    fut = (
        is_future(owner_verb, modality) if owner_verb is not None else modality in FUTURE_MODALITIES
    )
    return t.resolve(published, fut, anchor)


def sentence_time(exprs: SentenceTimes, published: dt.date | None) -> When | None:
    """The time a sentence gives for its main clause (else its first expression)."""
    if not exprs:
        return None
    best = None
    for t, span in exprs:
        owner, how = _owner(span)
        verb = owner if how == "verb" else clause_verb(owner)
        w = _resolve_expr(t, verb, "asserted", published, None)
        if w is None or w.start is None:
            continue
        if best is None or (verb.dep_ == "ROOT" and how == "verb"):
            best = w
            if verb.dep_ == "ROOT" and how == "verb":
                break
    return best


def _anchor_before(exprs: SentenceTimes, span, published) -> When | None:
    """The last time given before `span` in the sentence, else the previous sentence's."""
    got = None
    for t, sp in exprs:
        if sp.start >= span.start:
            break
        if t.needs_anchor:
            continue
        owner, how = _owner(sp)
        w = _resolve_expr(
            t, owner if how == "verb" else clause_verb(owner), "asserted", published, None
        )
        if w is not None and w.start is not None:
            got = w
    if got is None and isinstance(exprs, SentenceTimes):
        got = exprs.previous_time(published)
    return got


def attach_time(cand, exprs, published: dt.date | None, modality: str) -> When | None:
    """The interval for an event from the time expressions of its sentence (and, for a
    narrative, the sentence before), or None (the caller then uses the publication date)."""
    anchors = event_anchor_tokens(cand)
    got = _own_time(cand, anchors, exprs, published, modality)
    if got is not None:
        return got
    got = _inherited_in_sentence(cand, exprs, published, modality)
    if got is not None:
        return got
    return _narrative_time(cand, exprs, published, modality)


def _governed_clause_time(cand, t: W.TimeExpr, owner, how: str, modality: str) -> bool:
    """ "agreed to resume talks in March", "urged them to meet next week": a time of the
    clause a promise, demand or threat governs dates what is promised or asked, not the act of
    promising or asking (gold/CODING.md: an agreement is dated when it is made). A plain day
    ("threatened to attack the city on Friday", "yesterday") may be the saying's: kept; so are
    the other day words, "today" and "tonight"; but not "tomorrow" ("urged them to meet
    tomorrow"), a day after any asserted saying."""
    if (
        not getattr(cand, "wrapped", False)
        or modality != "asserted"
        or cand.type not in SPEECH_ACT_TYPES
    ):
        return False
    if (
        (t.kind == "day_word" and t.text.lower() != "tomorrow")
        or t.kind == "overnight_day"
        or (t.kind == "weekday" and (t.match.group(1) or "").lower() not in ("next", "coming"))
    ):
        return False
    if how != "verb" or owner == cand.head or owner.pos_ not in ("VERB", "AUX"):
        return False
    tok = owner
    for _ in range(4):
        if tok.head == cand.head:
            return tok.dep_ in ("xcomp", "ccomp") or (tok.dep_ == "conj" and tok.i > cand.head.i)
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def _own_time(cand, anchors, exprs, published, modality) -> When | None:
    mine = []
    for t, span in exprs:
        owner, how = _owner(span)
        if _governed_clause_time(cand, t, owner, how, modality):
            continue
        if _since_phrase(cand, anchors, span, owner, how):
            w = t.resolve(published, False)
            if w is not None and w.start is not None:
                mine.append((5, When(w.start, published or w.end, f"since {span.root.head.text} {t.text}",
                                     "range", w.basis), span, t))  # fmt: skip
            continue
        if _appositive_offset(t, span, exprs):
            continue
        prio = _claims(cand, anchors, owner, how)
        if prio is None:
            continue
        verb = owner if how == "verb" else clause_verb(cand.trigger)
        anchor = _anchor_before(exprs, span, published) if t.needs_anchor else None
        if _scheduled_for(t, span):
            w = t.resolve(published, True, anchor)  # "called a strike for Thursday": ahead
        else:
            w = _resolve_expr(t, verb, modality, published, anchor)
        if w is None:
            w = W.parse_fallback(t.text, published, is_future(verb, modality))
        if w is not None:
            mine.append((prio + abs(span.root.i - cand.trigger.i) / 100, w, span, t))
    if not mine:
        return None
    mine.sort(key=lambda x: x[0])
    # several expressions in the clause ("next week ... from Monday to Wednesday"): the
    # narrowest one that fits inside the others
    best, best_t, best_span = mine[0][1], mine[0][3], mine[0][2]
    for _, w, span, t in mine[1:]:
        if _inside(w, best):
            best, best_t, best_span = w, t, span
    return _month_of_that_year(best, best_t, best_span, exprs, published)


def _appositive_offset(t: W.TimeExpr, span, exprs) -> bool:
    """ "On Monday, a day before the summit, the junta freed him": an offset set off by a comma
    right after a time restates that time by another event; it does not move the date."""
    if not t.needs_anchor or span.start < 2 or span.doc[span.start - 1].text != ",":
        return False
    if span.doc[span.end - 1].lower_ not in ("before", "after"):
        return False
    return any(sp.end == span.start - 1 and not u.needs_anchor for u, sp in exprs)


def _month_of_that_year(best: When, best_t: W.TimeExpr, best_span, exprs, published) -> When:
    """ "in April that year", "in July of that year", "in March the following year": a month
    named without a year is in the year the phrase right after it counts from the text's
    last time, not in the one the publication date suggests. An open range ("since April
    that year") moves only its start there: it still runs to its own end."""
    if best_t.kind != "month" or best.start is None:
        return best
    for t, span in exprs:
        if not t.needs_anchor or not 0 <= span.start - best_span.end <= 1:
            continue
        w = t.resolve(published, False, _anchor_before(exprs, best_span, published))
        if w is None or w.start is None or w.end is None:
            continue
        year = w.start.year
        if (w.start, w.end) == (dt.date(year, 1, 1), dt.date(year, 12, 31)):
            start = best.start.replace(year=year)
            end = W.month_end(year, start.month)
            if best.precision == "range" and best.end is not None and best.end > end:
                end = best.end
            return When(start, end, f"{best.text} {t.text}", best.precision, w.basis)
    return best


def _times_of_verb(verb, exprs, published, modality) -> When | None:
    """The time a clause headed by `verb` gives itself (its own expressions only)."""
    found = []
    for t, span in exprs:
        owner, how = _owner(span)
        if how == "verb" and owner == verb and not t.needs_anchor:
            w = _resolve_expr(t, verb, modality, published, None)
            if w is not None and w.start is not None:
                found.append((abs(span.root.i - verb.i), w))
        elif how == "pp" and owner.head == verb and owner.dep_ in ("dobj", "nsubj", "nsubjpass"):
            w = _resolve_expr(t, verb, modality, published, None)
            if w is not None and w.start is not None:
                found.append((50, w))
    if not found:
        return None
    found.sort(key=lambda x: x[0])
    best = found[0][1]
    for _, w in found[1:]:
        if _inside(w, best):
            best = w
    return best


def _expr_at(tok, exprs):
    for t, span in exprs:
        if span.start <= tok.i < span.end:
            return t, span
    return None


def _offset_of(verb) -> tuple[int, str] | None:
    """ "two months after ...": the measure before an after/before clause."""
    marks = [g for c in verb.children if c.dep_ == "mark" for g in c.children]
    for c in list(verb.children) + marks:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week", "month", "year"):
            n = next((g for g in c.children if g.dep_ in ("nummod", "det")), None)
            if n is None and c.tag_ == "NNS":
                return 0, c.lemma_.lower()  # "days after": a few, not one
            num = W._num(n.lower_) if n is not None else 1
            if num:
                return num, c.lemma_.lower()
    return None


FEW = 6  # how many units "days", "weeks" before or after may reach at most


def _inherited_in_sentence(cand, exprs, published, modality) -> When | None:
    """No expression of its own: the time of the clause or phrase the event's clause
    belongs to."""
    v = cand.head if cand.head.pos_ in ("VERB", "AUX") else clause_verb(cand.trigger)
    seen = set()
    for _ in range(5):
        if v is None or v.i in seen:
            return None
        seen.add(v.i)
        dep = v.dep_
        parent = v.head
        if parent == v:
            return None
        if dep == "conj":
            w = _times_of_verb(parent, exprs, published, modality)
            if w is not None:
                return _relabel(w, "shared with a coordinated clause")
            v = parent
            continue
        if dep in ("relcl", "acl"):
            hit = _expr_at(parent, exprs)
            if hit is not None:  # "August of last year, when the army launched a crackdown"
                t, span = hit
                owner, how = _owner(span)
                base = t.resolve(published, False) if t.prefix != "since" else _bare(t, published)
                if base is not None:
                    return _relabel(base, "the time its clause describes")
            if parent.lemma_.lower() in ("time", "day", "year", "month", "week"):
                owner_verb = clause_verb(parent)
                w = _times_of_verb(owner_verb, exprs, published, modality)
                if w is not None:
                    return _relabel(w, "the time its clause describes")
            for sib in parent.children:  # "a deal signed on November 2, in which they agreed"
                if sib != v and sib.dep_ in ("acl", "relcl") and sib.pos_ == "VERB":
                    w = _times_of_verb(sib, exprs, published, modality)
                    if w is not None:
                        return _relabel(w, "the phrase its clause describes")
            if parent.dep_ in ("nsubj", "nsubjpass") and v.tag_ in ("VBD", "VBN"):
                # "the deal Russia and Ukraine signed collapsed last week": what the subject
                # is told to be is its past, not the time of what it does now
                return None
            v = clause_verb(parent)
            w = _times_of_verb(v, exprs, published, modality)
            if w is not None:  # "met in June at a summit in Singapore, where they signed"
                return _relabel(w, "the clause of the phrase it describes")
            continue
        if dep == "advcl":
            w = _times_of_verb(parent, exprs, published, modality)
            if w is None:
                v = parent
                continue
            mark = next((c.lower_ for c in v.children if c.dep_ == "mark"), "")
            off = _offset_of(v)
            if off is not None and mark in ("after", "before"):
                n, unit = off
                sign = -1 if mark == "after" else 1
                if n == 0:  # "days after the vote": one to a few (FEW) of them
                    near, far = W.UNIT_DAYS[unit], FEW * W.UNIT_DAYS[unit]
                    lo_d, hi_d = (-far, -near) if sign < 0 else (near, far)
                else:
                    days = n * W.UNIT_DAYS[unit]
                    slack = W.UNIT_DAYS[unit] if unit != "day" else 0
                    lo_d, hi_d = sign * days - slack, sign * days + slack
                lo = w.start + dt.timedelta(days=lo_d) if w.start else None
                hi = w.end + dt.timedelta(days=hi_d) if w.end else None
                return When(lo, hi, f"{n or 'some'} {unit}(s) {mark} {w.text}", "range", "relative")
            if mark == "after":  # "drills after Pelosi visited": the visit came first
                return When(w.start - dt.timedelta(days=31) if w.start else None, w.end,
                            f"before {w.text}", "range", "relative")  # fmt: skip
            if mark == "before":
                return When(w.start, w.end + dt.timedelta(days=31) if w.end else None,
                            f"after {w.text}", "range", "relative")  # fmt: skip
            if any(c.lower_ == "when" for c in v.children):
                for t, span in exprs:  # "fled since August of last year, when the army launched"
                    owner, how = _owner(span)
                    if how == "verb" and owner == parent and t.prefix == "since":
                        base = _bare(t, published)
                        if base is not None:
                            return _relabel(base, "the time its clause describes")
            if mark in ("when", "as", "while", "") or v.tag_ == "VBG":
                return _relabel(w, "its main clause's time")
            return None
        if dep in ("ccomp", "xcomp", "parataxis") and (
            parent.lemma_.lower() in SPEECH_LEMMAS or dep == "parataxis"
        ):
            w = _times_of_verb(parent, exprs, published, "asserted")
            if w is None or w.start is None:
                return None
            if cand.type in SPEECH_ACT_TYPES:
                return _relabel(w, "when it was said")
            if is_future(v, modality):
                return None
            # a reported past event: by the time it was said, within the week before
            return When(w.start - dt.timedelta(days=W.PUBLICATION_WINDOW), w.end,
                        f"reported {w.text}", "range", "relative")  # fmt: skip
        if dep in ("pcomp",) and parent.dep_ == "prep":  # "responded ... by expelling"
            v = parent.head
            w = _times_of_verb(v, exprs, published, modality)
            if w is not None:
                return _relabel(w, "its main clause's time")
            continue
        return None
    return None


def _bare(t: W.TimeExpr, published):
    saved = t.prefix
    t.prefix = ""
    try:
        return t.resolve(published, False)
    finally:
        t.prefix = saved


def _relabel(w: When, why: str) -> When:
    return When(
        w.start, w.end, w.text, w.precision, w.basis if w.basis != "publication" else "relative"
    )


def _narrative_time(cand, exprs, published, modality) -> When | None:
    """A past clause with no time, after a sentence dated before the publication window:
    the narrative goes on at that time ("held in Hanoi last month, broke up early.
    Pyongyang had demanded ..."). Simple past: from that time to a week later; past
    perfect: up to a month before it."""
    if published is None or not isinstance(exprs, SentenceTimes) or exprs:
        return None
    v = cand.head if cand.head.pos_ in ("VERB", "AUX") else clause_verb(cand.trigger)
    if v is None or is_future(v, modality) or modality in FUTURE_MODALITIES:
        return None
    tense = perfect_aspect(v)
    if tense == "present":
        return None
    prev = exprs.previous_time(published)
    if prev is None or prev.start is None or prev.end is None:
        return None
    if prev.end >= published - dt.timedelta(days=W.PUBLICATION_WINDOW):
        return None  # the sentence before is recent news: the publication window covers it
    if tense == "pluperfect":
        return When(
            prev.start - dt.timedelta(days=31), prev.end, f"before {prev.text}", "range", "relative"
        )
    end = min(published, prev.end + dt.timedelta(days=W.PUBLICATION_WINDOW))
    return When(prev.start, end, f"after {prev.text}", "range", "relative")


def _inside(a: When, b: When) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return b.start <= a.start and a.end <= b.end and (a.end - a.start) < (b.end - b.start)


def narrow(a: When, b: When) -> When:
    """Combine two intervals known to be about the same happening."""
    return b if _inside(b, a) else a
