"""The types every stage shares.

Plain dataclasses so that one article can be followed from file to event row, and so that
every stage can be tested with hand-made inputs. `to_dict` methods give the JSON of the
output contract (DESIGN.md); nothing else decides field names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
MODALITIES = ("asserted", "planned", "possible", "negated", "hypothetical")
DATE_BASES = ("explicit", "relative", "publication")
PRECISIONS = ("day", "week", "month", "year", "decade", "range", "unknown")


@dataclass
class Article:
    """One input document, before cleaning."""

    id: str
    text: str
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str = ""  # where it came from: "file.jsonl:12", "dir/a.txt", "<stdin>"
    place: str | None = None  # dateline place, filled by cleaning

    @property
    def content_hash(self) -> str:
        """Key for idempotent storage: same id, date and text give the same hash."""
        h = hashlib.sha256()
        for part in (self.id, str(self.published or ""), self.text):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        return h.hexdigest()[:32]


@dataclass
class Removed:
    """A span of junk taken out of an article, with the reason, in original offsets."""

    start: int
    end: int
    reason: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "reason": self.reason, "text": self.text}


@dataclass
class CleanText:
    """Clean article text; `removed` says what went and why."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    dateline: str | None = None  # "MOSCOW" from "MOSCOW (Reuters) -"
    dateline_others: tuple[str, ...] = ()  # ("Paris",) from "BAMAKO/PARIS -": shared datelines


@dataclass
class Actor:
    """An actor as the contract prints it, plus how it was found."""

    text: str
    name: str
    country: str | None = None
    sector: list[str] = field(default_factory=list)
    org: str | None = None
    kb_id: str | None = None
    code_override: str | None = None  # a code given whole by a dictionary (PETRARCH import)
    start: int = -1  # character offsets in the clean sentence's document
    end: int = -1
    why: str = ""  # how it was resolved: "kb:country", "title:president", "coref:pronoun"
    # a group known only by the name it gives itself ("a group calling itself ..."): its country
    # is the resolver's to find, none for a hacker group (nor for the unidentified hackers of an
    # unclaimed cyber attack, events/builder/build.py); copies keep it
    self_named: bool = False
    # the country is guessed, not told of this actor: the story's or the dateline's for a role
    # noun ("the defence ministry", "rebels"), the event's place's; set where the guess is made
    # (actors/resolve, events/builder/countries.py), read by rules that trust only a told
    # country; copies keep it
    country_guessed: bool = False

    @property
    def code(self) -> str:
        """CAMEO-style code: country (or IGO/NGO/IMG) then sectors, no repeats."""
        if self.code_override:
            return self.code_override
        head = self.country or ""
        parts = [head]
        for s in self.sector:
            if s and s not in parts and not head.endswith(s):
                parts.append(s)
        return "".join(parts)

    def key(self) -> tuple:
        return (self.country, tuple(self.sector), self.org, self.name)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": list(self.sector),
            "code": self.code,
            "org": self.org,
        }
        if self.kb_id:
            d["kb_id"] = self.kb_id
        return d


@dataclass
class When:
    """A time interval an event falls in, and how it was found."""

    start: dt.date | None
    end: dt.date | None
    text: str | None = None
    precision: str = "day"
    basis: str = "publication"

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "text": self.text,
            "precision": self.precision,
            "basis": self.basis,
        }


@dataclass
class Place:
    """A gazetteer entry an event took place in."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = "city"  # city | admin1 | country | unresolved (a name the gazetteer lacks)
    text: str | None = None
    # "story" when no phrase of the text places the event: the country the story is set in
    # (not written out; the domestic convention asks it)
    basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.feature,  # extension: how precise the place is
        }


@dataclass
class Mention:
    """One report of an event: the sentence and span that say it."""

    sentence_index: int
    text: str
    span: tuple[int, int]
    trigger: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence_index": self.sentence_index,
            "text": self.text,
            "span": list(self.span),
            "trigger": self.trigger,
        }


@dataclass
class Event:
    """A coded event; `to_dict` is the output contract."""

    article_id: str
    published: dt.date | None
    sentence_index: int
    text: str
    span: tuple[int, int]
    trigger: str
    trigger_offset: int
    type: str
    mode: str | None
    cameo: str
    quad_class: int
    goldstein: float
    source: list[Actor]
    target: list[Actor]
    date: When
    modality: str = "asserted"
    location: Place | None = None
    confidence: float = 0.5
    mentions: list[Mention] = field(default_factory=list)
    explain: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        raw = f"{self.article_id}\x1f{self.text}\x1f{self.trigger_offset}\x1f{self.type}"
        if "direction" in self.explain:  # one act told "each other", coded once each way
            raw += f"\x1f{self.explain['direction']}"
        return hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "article_id": self.article_id,
            "published": self.published.isoformat() if self.published else None,
            "sentence_index": self.sentence_index,
            "text": self.text,
            "span": list(self.span),
            "trigger": self.trigger,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.date.to_dict(),
            "modality": self.modality,
            "location": self.location.to_dict() if self.location else None,
            "confidence": round(self.confidence, 3),
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if explain:
            d["explain"] = self.explain
        return d


@dataclass
class Problem:
    """A bad input record: where and why; the run goes on and exits 1 at the end."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass
class CodedArticle:
    """Everything known about one article after coding: the companion record."""

    article: Article
    clean: CleanText
    events: list[Event]
    actors: list[Actor] = field(default_factory=list)
    sentences: int = 0
    parsed_sentences: int = 0
    seconds: float = 0.0
    language: str | None = "en"
    skipped: str | None = None  # why the article was not coded (non-English, empty)
    failed: bool = False  # the coder broke or ran out of time: a later run tries again

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "published": a.published.isoformat() if a.published else None,
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "origin": a.origin,
            "content_hash": a.content_hash,
            "dateline": self.clean.dateline,
            "text": self.clean.text,
            "removed": [r.to_dict() for r in self.clean.removed],
            "actors": [dict(x.to_dict(), start=x.start, end=x.end, why=x.why) for x in self.actors],
            "events": len(self.events),
            "sentences": self.sentences,
            "parsed_sentences": self.parsed_sentences,
            "seconds": round(self.seconds, 4),
            "skipped": self.skipped,
        }
