"""Candidate -> contract Event: resolve actors, apply coding conventions, date, place,
confidence and the explanation of how it was found."""

from __future__ import annotations

from .. import ground
from ..actors.resolve import SentenceActors
from ..model import Actor, Article, Event, Mention, When
from .extract import Candidate
from .lexicon import Lexicon
from .ontology import cameo_table, quad_class

RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}
# sectors whose unnamed members are usually the country the story is about ("police",
# "protesters", "the ministry"); soldiers and jets without a nationality often are not
DOMESTIC_SECTORS = {"GOV", "COP", "LEG", "JUD", "CVL", "OPP", "LAB", "EDU", "MED", "BUS", "REL",
                    "HLH", "AGR", "REF", "ELI", "PTY", "HRI", "CRM"}  # fmt: skip


class EventBuilder:
    """Turns the candidates of one article into events, in reading order."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def build(self, art: Article, cand: Candidate, sa: SentenceActors, sent, sent_index: int,
               para_start: int, exprs, article_countries: set[str],
               earlier: list[Event]) -> Event | None:  # fmt: skip
        sources: list[Actor] = []
        source_why = ""
        for opt in cand.source_heads:
            got = []
            for t in opt:
                got.extend(sa.actors_for(t, as_agent=True))
            if got:
                sources = got
                source_why = "clause"
                break
        targets: list[Actor] = []
        for t in cand.target_heads:
            got = sa.actors_for(t) or self._place_actor(t, sa, article_countries)
            for a in got:
                if all(a.key() != b.key() for b in targets):
                    targets.append(a)
        modality = cand.modality
        inherited: Event | None = None
        if not sources and ((cand.nominal and _definite(cand.trigger)) or self._event_noun_subject(cand)):
            inherited = _antecedent_event(earlier, cand.type, cand.mode, sent_index)
            if inherited is not None:
                sources = [_copy_actor(a, "coref:event") for a in inherited.source]
                source_why = "event anaphora"
                if modality == "asserted" and inherited.modality == "planned":
                    modality = "planned"
        if not sources:
            return None
        location = ground.find_location(cand, sa, article_countries)
        for a in sources + targets:
            if (a.country is None and a.org is None and a.sector and not a.code_override
                    and a.sector[0] in DOMESTIC_SECTORS):
                a.country = (location.country if location else None) or sa.memory.focus_country()
                if a.country:
                    a.why += ":country from context"
        # the same mention cannot be both sides
        targets = [t for t in targets if all((t.start, t.end) != (s.start, s.end) for s in sources)]
        if not targets and len(sources) > 1 and cand.type in RECIPROCAL:
            sources, targets = sources[:1], sources[1:]  # "Trump and Kim met": Trump -> Kim
        if cand.mode == "visit":
            targets = [_as_place_target(t) for t in targets]
        info = cameo_table()[cand.cameo]
        date = ground.attach_time(cand, exprs, art.published, modality)
        basis_note = "clause"
        if date is None and inherited is not None:
            date = inherited.date
            basis_note = "inherited from the event it refers back to"
        if date is None:
            date = ground.W.publication_interval(art.published, modality)
            basis_note = "publication"
        elif inherited is not None and date.start and inherited.date.start:
            # "The trip, from Monday to Wednesday, ...": the later mention narrows the first
            narrowed = ground.narrow(inherited.date, date)
            if narrowed is date:
                inherited.date = date
        doc_off = para_start
        toks = cand.trigger_tokens
        trigger = " ".join(t.text for t in toks)
        starts = [t.idx + doc_off for t in toks] + [a.start for a in sources + targets if a.start >= 0]
        ends = [t.idx + len(t) + doc_off for t in toks] + [a.end for a in sources + targets if a.end >= 0]
        sent_text = sent.text
        ev = Event(
            article_id=art.id, published=art.published, sentence_index=sent_index,
            text=sent_text, span=(min(starts), max(ends)), trigger=trigger,
            trigger_offset=cand.trigger.idx + doc_off, type=cand.type, mode=cand.mode,
            cameo=cand.cameo, quad_class=quad_class(cand.cameo), goldstein=info.goldstein,
            source=sources, target=targets, date=date, modality=modality, location=location,
        )  # fmt: skip
        ev.mentions = [Mention(sent_index, sent_text, ev.span, trigger)]
        ev.confidence = confidence(cand, sources, targets, source_why)
        ev.explain = dict(cand.explain)
        ev.explain.update({
            "trigger_token": cand.trigger.text,
            "path": _path(cand),
            "source": [f"{a.text} -> {a.code} ({a.why})" for a in sources],
            "target": [f"{a.text} -> {a.code} ({a.why})" for a in targets],
            "source_found_by": source_why,
            "date": f"{date.basis}: {date.text or basis_note}",
            "location": location.text if location else None,
        })  # fmt: skip
        return ev

    def _event_noun_subject(self, cand: Candidate) -> bool:
        """"The trip also includes stops in Tokyo": the subject names an earlier event."""
        for opt in cand.source_heads[:1]:
            for t in opt:
                if t.pos_ == "NOUN" and any(
                    p.type == cand.type for p in self.lexicon.candidates("noun", t.lemma_.lower())
                ):
                    return True
        return False

    def _place_actor(self, tok, sa, prefer: set[str]) -> list[Actor]:
        """A target that is a place and not an actor: "shelled Juba" -> the country."""
        if tok.ent_type_ not in ("GPE", "LOC", "FAC"):
            return []
        place = ground.place_of(tok, sa, prefer)
        if place is None or place.country is None:
            return []
        return [Actor(text=place.text or place.name, name=place.name, country=place.country,
                      sector=[], start=tok.idx + sa.offset, end=tok.idx + len(tok) + sa.offset,
                      why="place")]  # fmt: skip



def _as_place_target(a: Actor) -> Actor:
    """A visit's destination named by its capital is the country, not its government."""
    if a.why.startswith("kb:country:capital"):
        return Actor(text=a.text, name=a.text, country=a.country, sector=[], kb_id=a.kb_id,
                     start=a.start, end=a.end, why=a.why + " (destination)")  # fmt: skip
    return a


def _copy_actor(a: Actor, why: str) -> Actor:
    return Actor(text=a.text, name=a.name, country=a.country, sector=list(a.sector), org=a.org,
                 kb_id=a.kb_id, code_override=a.code_override, start=a.start, end=a.end,
                 why=f"{why}:{a.why}")  # fmt: skip


def _definite(tok) -> bool:
    """"the trip", "this attack", "his visit": a noun that points back to an event."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these"))
               or (c.dep_ == "poss" and c.pos_ == "PRON") for c in tok.children)  # fmt: skip


def _antecedent_event(earlier: list[Event], typ: str, mode: str | None, sent_index: int) -> Event | None:
    near = [ev for ev in earlier if sent_index - ev.sentence_index <= 2 and ev.type == typ]
    for ev in reversed(near):
        if mode is None or ev.mode == mode:
            return ev
    return near[-1] if near else None


def _path(cand: Candidate) -> str:
    parts = [f"{cand.trigger.text}/{cand.trigger.dep_}"]
    if cand.head is not cand.trigger:
        parts.append(f"under {cand.head.text}/{cand.head.dep_}")
    src = "; ".join("+".join(f"{t.text}/{t.dep_}" for t in opt) for opt in cand.source_heads[:1])
    tgt = "+".join(f"{t.text}/{t.dep_}" for t in cand.target_heads)
    return f"{' '.join(parts)} | source {src or '-'} | target {tgt or '-'}"


def confidence(cand: Candidate, sources: list[Actor], targets: list[Actor], source_why: str) -> float:
    """A first, hand-set score; `dotterel eval` reports how well it separates right from
    wrong events on the dev sets."""
    c = 0.55
    c += 0.05 * min(3, len(cand.explain.get("pattern_text", "").split()) - 1)
    if any(a.why.startswith("kb:") for a in sources):
        c += 0.1
    if any(a.why.startswith(("coref", "text:sector:implicit")) for a in sources):
        c -= 0.1
    if targets:
        c += 0.05
    if cand.nominal:
        c -= 0.1
    if source_why == "event anaphora":
        c -= 0.15
    if "wrapper" in cand.explain:
        c += 0.03
    return max(0.05, min(0.97, c))


def merge_repeats(events: list[Event]) -> list[Event]:
    """One event per happening: same type, dyad, modality and overlapping time."""
    out: list[Event] = []
    for ev in events:
        for prev in out:
            if _same_happening(prev, ev):
                prev.mentions.extend(ev.mentions)
                if not prev.target and ev.target:
                    prev.target = ev.target  # "An air strike hit ..., killing 14 civilians"
                if prev.mode is None and ev.mode is not None:
                    prev.mode, prev.cameo = ev.mode, ev.cameo
                    prev.goldstein, prev.quad_class = ev.goldstein, ev.quad_class
                prev.confidence = min(0.99, max(prev.confidence, ev.confidence) + 0.03)
                if ev.date.basis != "publication" and prev.date.basis == "publication":
                    prev.date = ev.date
                if prev.location is None and ev.location is not None:
                    prev.location = ev.location
                break
        else:
            out.append(ev)
    return out


def _codes(actors: list[Actor]) -> frozenset[str]:
    return frozenset(a.code for a in actors)


def _same_happening(a: Event, b: Event) -> bool:
    if (a.type, a.modality) != (b.type, b.modality):
        return False
    if _codes(a.source) != _codes(b.source):
        return False
    # a mention that names no target ("the trip", "the attack") is the same happening as
    # one that does
    if _codes(a.target) != _codes(b.target) and a.target and b.target:
        return False
    return _overlap(a.date, b.date)


def _overlap(a: When, b: When) -> bool:
    if a.basis == "publication" or b.basis == "publication":
        return True
    if None in (a.start, a.end, b.start, b.end):
        return True
    return a.start <= b.end and b.start <= a.end
