"""Runs the stages over a stream of articles: clean, parse, actors, events, ground.

Articles are cleaned one by one but parsed in batches (spaCy is fastest on many texts at
once); each article's paragraphs are then walked in order so that a pronoun or "the
Russian leader" can refer back to an actor named earlier in the same article.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import time
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import ground
from .actors.kb import KnowledgeBase
from .actors.resolve import Memory, SentenceActors
from .clean import clean, split_paragraph_dateline
from .deadline import DEFAULT_SECONDS, ArticleTimeout, seconds_for, time_limit
from .events.builder import (
    Claim,
    EventBuilder,
    attack_claimants,
    brokered_truces,
    claimed_attacks,
    concessions_to_protesters,
    demonstrators_of_the_group,
    denials_of_told_acts,
    dispersed_protests,
    dispute_parties,
    each_way,
    explained_actors,
    merge_repeats,
    organised_protests,
    protesters_policed,
    rally_organisers,
    returns_after_stoppages,
    shared_quarrel_targets,
)
from .events.extract import candidates
from .events.lexicon import Lexicon, default_lexicon
from .language import looks_english
from .model import Actor, Article, CleanText, CodedArticle, Event
from .nlp import Paragraph, paragraphs, parse
from .words import word_class

# an event of one of these types in a sentence naming a truce (data/word_classes.yaml) tells
# the truce's two parties (actors/resolve/memory.py Memory.truce)
TRUCE_NOUNS = word_class("truce_nouns")
TRUCE_PARTY_TYPES = {"CONCEDE", "RETREAT", "AGREE", "CONSULT"}
# CAMEO arrest or detain (173) and abduct or take hostage (181): who later "freed the
# officials" they took are the captors (actors/resolve/pronouns.py)
CAPTURE_CODES = ("173", "181")


def governing_groups(events: list[Event], kb: KnowledgeBase) -> list[Event]:
    """An armed group that has become its country's government (organisations.yaml
    governs_since: the Taliban from 2021-08-15) acts as that government in events dated on
    or after the day (gold/CODING.md: AFG GOV for the Taliban authorities); what it did
    before stays the group's (REB)."""
    if not kb.governs:
        return events
    for ev in events:
        day = ev.date.start or ev.published
        for actors in (ev.source, ev.target):
            for i, a in enumerate(actors):
                since = kb.governs.get(a.org or "")
                if since is None or day is None or day < since or a.sector[:1] != ["REB"]:
                    continue
                b = copy.copy(a)
                b.sector = ["GOV"]
                if a.code_override and a.country and a.sector:
                    # AFGREBTAL -> AFGGOVTAL: the state's government, still the group
                    own = a.country + a.sector[0]
                    if a.code_override.startswith(own):
                        b.code_override = a.country + "GOV" + a.code_override[len(own) :]
                b.why = a.why + ":governing since " + since.isoformat()
                actors[i] = b
    return events


@dataclass
class Coder:
    """The whole pipeline with its knowledge loaded once."""

    kb: KnowledgeBase | None = None
    lexicon: Lexicon | None = None
    batch_size: int = 32
    batch_chars: int = 100_000
    explain: bool = False
    prefilter: bool = False  # parse only paragraphs that can hold an event (prefilter.py)
    fast: bool = True  # exact spaCy shortcuts (speedups.py)
    time_limit: float = DEFAULT_SECONDS  # per article (deadline.py); 0: none
    _gaz_ok: bool = field(default=True, repr=False)

    def __post_init__(self) -> None:
        if self.kb is None:
            from .actors import default_kb

            self.kb = default_kb()
        if self.lexicon is None:
            self.lexicon = default_lexicon()
        self.builder = EventBuilder(self.lexicon)
        self._prefilter = None
        self._ready = False

    # -- public API -----------------------------------------------------------------------
    def code(self, text: str, published: dt.date | str | None = None, id: str = "text",
             **meta) -> list[Event]:  # fmt: skip
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        art = Article(id=id, text=text, published=published, **meta)
        return next(iter(self.code_articles([art], strict=True))).events

    def code_articles(self, articles: Iterable[Article], strict: bool = False
                      ) -> Iterator[CodedArticle]:  # fmt: skip
        """Coded articles in input order. An article whose coding fails or runs past the
        time limit comes back with no events and `skipped` saying why, so that one bad
        article never costs a long run the others (`strict`: raise instead)."""
        # a batch ends at `batch_size` articles or `batch_chars` characters, whichever comes
        # first: the parser's memory grows with the text it holds, so a few long articles
        # do not raise the peak (memory stays flat whatever the mix of lengths)
        batch: list[Article] = []
        chars = 0
        for a in articles:
            batch.append(a)
            chars += len(a.text)
            if len(batch) >= self.batch_size or chars >= self.batch_chars:
                yield from self._code_batch(batch, strict)
                batch, chars = [], 0
        if batch:
            yield from self._code_batch(batch, strict)

    # -- stages -----------------------------------------------------------------------------
    def _prepare(self) -> None:
        """Once, at the first batch (so that a Coder made only to be sent to worker
        processes loads no model): exact spaCy shortcuts and the pre-filter."""
        self._ready = True
        if self.fast:
            from .nlp import get_nlp
            from .speedups import install

            install(get_nlp())  # same annotations, computed once per distinct token
        if self.prefilter:
            from .prefilter import Prefilter

            self._prefilter = Prefilter(self.lexicon, kb=self.kb)

    def _code_batch(self, batch: list[Article], strict: bool = False) -> Iterator[CodedArticle]:
        if not self._ready:
            self._prepare()
        t0 = time.perf_counter()
        prepared = []
        texts: list[str] = []
        for art in batch:
            c = clean(art.text)
            if c.dateline and not art.place:
                art.place = c.dateline
            ok, why = looks_english(c.text)
            paras = item_paragraphs(paragraphs(c.text)) if ok and c.text.strip() else []
            if self._prefilter is not None:
                paras = self._prefilter.plan(paras)
                texts.extend(pc.doc for pc in paras if pc.parse)
            else:
                texts.extend(p.text for p in paras)
            prepared.append((art, c, paras, None if ok else why))
        docs = (
            iter(parse(texts, batch_size=64, is_role=self.kb.is_role_noun)) if texts else iter(())
        )
        per_article = (time.perf_counter() - t0) / max(1, len(batch))
        for art, c, paras, skipped in prepared:
            t1 = time.perf_counter()
            pdocs = [next(docs) if getattr(p, "parse", True) else None for p in paras]
            if skipped:
                yield CodedArticle(art, c, [], skipped=skipped, language=None)
                continue
            coded = self._code_guarded(art, c, paras, pdocs, strict)
            coded.seconds = per_article + time.perf_counter() - t1
            yield coded

    def _code_guarded(self, art: Article, c: CleanText, paras, pdocs, strict: bool
                      ) -> CodedArticle:  # fmt: skip
        try:
            with time_limit(seconds_for(len(art.text), self.time_limit)):
                return self._code_article(art, c, paras, pdocs)
        except Exception as e:  # noqa: BLE001 - one article's failure must not end the run
            if strict:
                raise
            if isinstance(e, ArticleTimeout):
                what = f"coding {e}"
            else:
                frame = traceback.extract_tb(e.__traceback__)[-1]
                where = f"{Path(frame.filename).name}:{frame.lineno}"
                what = f"coding failed ({type(e).__name__}: {e} at {where})"
        why = f"{what}; skipped (a coder bug: please report the article)"
        return CodedArticle(art, c, [], skipped=why, failed=True)

    def _code_article(self, art: Article, c: CleanText, paras, pdocs) -> CodedArticle:
        memory = dateline_memory(self.kb, art.place, c)
        events: list[Event] = []
        mentions: list[Actor] = []
        sent_index = parsed = 0
        article_countries: set[str] = set()
        organisers: dict[int, list] = {}  # sentence -> the groups it says organised a rally
        claims: dict[int, Claim] = {}  # sentence -> the groups it says claimed an attack
        datelines = 1 if c.dateline else 0  # clean() took the article's own dateline out
        item_start = 0
        # released in finally: a failing article must not keep its Docs in reference cycles
        try:
            for para, doc in zip(paras, pdocs, strict=True):
                if doc is None:  # after the last paragraph that can hold an event (prefilter.py)
                    mentions.extend(self._prefilter.mentions(para, art.published))
                    sent_index += para.n_sentences
                    continue
                item = self._new_item(para.dateline, datelines)
                if item is not None:
                    datelines += 1
                    if item:
                        # a round-up's next item ("OUAGADOUGOU - ..."): its own story, with its
                        # own country; nothing told in the items before is what it refers back to
                        memory.release()
                        memory = Memory()
                        memory.dateline_country = item
                        article_countries = set()
                        item_start = len(events)
                sa = SentenceActors(self.kb, doc, art.published, memory, offset=para.start)
                sa.turn = para.turn  # a transcript's question or answer (item_paragraphs)
                for sent in doc.sents:
                    found = sa.sentence_mentions(sent)
                    mentions.extend(found)
                    organisers[sent_index] = rally_organisers(sent, sa)
                    claims[sent_index] = attack_claimants(sent, sa)
                    article_countries.update(a.country for a in found if a.country)
                    exprs = ground.times_in(sent)
                    told = len(events)
                    for cand in candidates(sent, self.lexicon):
                        ev = self.builder.build(art, cand, sa, sent, sent_index, para.start, exprs,
                                                article_countries, events[item_start:])  # fmt: skip
                        if ev is not None:
                            events.extend(each_way(ev))
                            # only a fight told as done makes "the warring parties": a denied or
                            # threatened attack is no war between them
                            fought = ev.type == "ASSAULT" and ev.modality == "asserted"
                            talked = ev.type == "CONSULT"
                            # "the two sides agreed a truce": the parties a later "urged both
                            # sides" in a sentence naming the truce stands for
                            truced = ev.type in TRUCE_PARTY_TYPES and any(
                                t.lemma_.lower() in TRUCE_NOUNS for t in sent
                            )
                            sa.memory.remember_dispute(dispute_parties(ev), fought, talked, truced)
                            if ev.modality == "asserted" and ev.cameo.startswith(CAPTURE_CODES):
                                sa.memory.remember_capture(ev.source, ev.target)
                    # "accused the government of ... and demanded that it ...": one doer's acts
                    # of quarrel told together are aimed at one adversary
                    shared_quarrel_targets(events[told:], sent, para.start)
                    sent_index += 1
                    parsed += 1
        finally:
            memory.release()
        events = claimed_attacks(organised_protests(events, organisers), claims)
        events = merge_repeats(
            brokered_truces(
                denials_of_told_acts(
                    dispersed_protests(
                        concessions_to_protesters(
                            protesters_policed(
                                demonstrators_of_the_group(
                                    protesters_policed(returns_after_stoppages(events))
                                )
                            )
                        ),
                        self.kb,
                    )
                )
            )
        )
        events = explained_actors(governing_groups(events, self.kb))
        return CodedArticle(art, c, events, actors=mentions, sentences=sent_index,
                            parsed_sentences=parsed)  # fmt: skip

    def _new_item(self, place: str | None, datelines: int) -> str | None:
        """For a paragraph that opened with a dateline (its place): "" for the article's
        first, the dateline's country for a later one (a new item of a round-up); None
        otherwise."""
        if place is None:
            return None
        country = self._country_of_name(place)
        if country is None:
            return None
        return country if datelines else ""

    def _country_of_name(self, name: str) -> str | None:
        return country_of_name(self.kb, name)


def item_paragraphs(paras: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with the dateline that opens one cut off and kept as its `dateline`
    ("BUNIA, Democratic Republic of Congo - Congo's army gave ...", a round-up's item): parsed
    with it, the place became the first sentence's subject. A transcript's speaker label
    ("CIFUENTES: Good afternoon.", "QUESTION (EFE): Minister, ...") is cut off too, opens no
    item, and is kept as the paragraph's `turn` (`_speaker_turn`)."""
    out = []
    for p in paras:
        turn = _speaker_turn(p.text, paras)
        if turn is not None:
            out.append(Paragraph(p.index, p.start + turn[0], p.text[turn[0] :], turn=turn[1]))
            continue
        found = split_paragraph_dateline(p.text)
        if found is None:
            out.append(p)
            continue
        rest = p.text[found[0] :]
        if not rest.strip():  # a dateline on a line of its own still opens an item
            out.append(Paragraph(p.index, p.start, p.text, dateline=found[1]))
            continue
        out.append(Paragraph(p.index, p.start + found[0], rest, dateline=found[1]))
    return out


# a paragraph's opening label: one word, maybe the asker's outlet in brackets, and a colon
# ("CIFUENTES: ...", "QUESTION (El Pais): ...", "Moderator: ...")
_SPEAKER_LABEL = re.compile(r"([A-Z][\w'’-]*)(?:\s*\([^()\n]{1,40}\))?\s*:\s+(?=\S)")
# the bare "Q:"/"A:" turns of a printed interview, which the pronouns read from the text
# (actors/resolve/pronouns.py INTERVIEW_TURN)
_BARE_TURN = re.compile(r"(?:Q|A|Question|Answer)\s*:\s")


def _speaker_turn(text: str, paras: list[Paragraph]) -> tuple[int, str] | None:
    """Where a transcript's speaker label that opens `text` ends, and whose turn it is: "Q"
    for a word for the one asking ("QUESTION (EFE):", "REPORTER:"), "A" for one answering
    ("ANSWER:") or for the surname of a person the article names ("Spain's Interior Minister
    Elena Cifuentes said ..." then "CIFUENTES: Good afternoon."); None for anything else.
    Read as a dateline ("NEW DELHI: ..."), the label made each answer a round-up item from
    wherever the name is a town (Cifuentes is one in Cuba), and the speaker's "we" and "I"
    stayed no one's."""
    if _BARE_TURN.match(text):
        return None
    m = _SPEAKER_LABEL.match(text)
    if m is None:
        return None
    word = m.group(1)
    if word.lower() in word_class("question_labels"):
        return m.end(), "Q"
    if word.lower() in word_class("answer_labels"):
        return m.end(), "A"
    name = word[:1] + word[1:].lower() if word.isupper() else word
    # the name after a capitalised word that is no part of a place's name ("Elena
    # Cifuentes", "Minister Cifuentes"; not "central Nairobi" or "Greater London")
    named = re.compile(rf"\b([A-Z][\w'’.-]*)\s+{re.escape(name)}\b")
    for p in paras:
        for n in named.finditer(p.text):
            if n.group(1).lower() not in word_class("place_name_modifiers"):
                return m.end(), "A"
    return None


def dateline_memory(kb, place: str | None, c: CleanText) -> Memory:
    """An article's actor memory, told its dateline's country; none yet for a dateline shared
    by bureaus in different countries ("WASHINGTON/KIGALI (Reuters) -" says where the story
    was filed from, not whose it is: it becomes the one of them the story names most, see
    Memory). The coder and `dotterel actors` start from this same memory."""
    memory = Memory()
    if place:
        memory.dateline_country = country_of_name(kb, place)
        if place == c.dateline:
            countries = [memory.dateline_country]
            countries += [country_of_name(kb, o) for o in c.dateline_others]
            found = tuple(dict.fromkeys(x for x in countries if x))
            if len(found) > 1:
                memory.shared_dateline, memory.dateline_country = found, None
    return memory


def country_of_name(kb, name: str) -> str | None:
    """The country a dateline's place names: a country's own name, else a city's country."""
    from .actors.kb import tokenize

    toks = tuple(tokenize(name))
    for term in kb._index.get(toks[0] if toks else "", ()):
        if term.tokens == toks and term.entity.kind == "country":
            return term.entity.country
    try:
        from .where import gazetteer

        city = gazetteer().city(name)
        return city.country if city else None
    except Exception:  # pragma: no cover - gazetteer missing is not fatal here
        return None
