"""A pre-filter that decides, before parsing, which paragraphs need parsing at all.

Parsing is most of the cost of coding, and the lexicon says which words can make an event.
Each paragraph is tokenised with spaCy's own tokenizer (the tokens the parser will see: the
tokenised Doc is what gets parsed, so nothing is tokenised twice) and can hold an event only
when

- every word of at least one lexicon pattern occurs in it ("impose sanction|embargo on T"
  needs a form of *impose* and of *sanction* or *embargo*), or
- it holds a word that can make an event without a pattern: a wrapper verb ("demanded"),
  a naming verb ("described the attack as cowardly"),
  a denial, a "must"/"should"/"has to" demand (`events/extract/`),

comparing *lemmas*: a token stands for every lemma it could have (its lower-case form, what
spaCy's own lemmatizer rules and exception tables give for it as a verb, noun or adjective,
and the regular inflections the event matcher repairs), so "struck" counts as *strike* and
"shelled" as *shell* whatever the tagger later says. The test is a superset of what the
event matcher can find.

What is skipped: every paragraph after the last one that can hold an event (and so every
paragraph of an article that cannot hold one). A paragraph *before* an event can change it
(it names the actor a later "he" or "the country" stands for, the place, the time), so it is
parsed even if it holds no event itself; and a paragraph is parsed whole, because the later
stages read it as one document (its places, the previous sentence's time, a dateline). So
the events are exactly those of a full parse. Cutting out single sentences would parse less
but changes other sentences' events (measured in README "Speed"). The names in a skipped
paragraph (knowledge-base countries, organisations, people, found without a parse) are
still listed among the article's actor mentions.

A text with no line breaks is one paragraph, so the rule above would skip nothing in it.
There the tail is cut by sentences instead: the sentences after the last window of two
sentences that can hold an event, keeping one more sentence and at least 12 tokens of
right context (so every sentence that can hold an event is parsed with the same neighbours
as in the whole text), are not parsed. Sentences are split there without a model (a full
stop before a capital), and the splitter is run only on a tail that is cut.

`bench/throughput.py` codes a corpus with and without the pre-filter and prints every
difference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Actor
from .nlp import PREFIXED, unaccented, unhyphenated

# sentences and tokens kept after the last sentence that can hold an event when a paragraph
# is cut by sentences (Prefilter._sentence_tail): the parser's and the token vectors' right
# context (the small model looks a few tokens past a sentence's end)
TAIL_MARGIN = 1
TAIL_MARGIN_TOKENS = 12

SUFFIXES = ("s", "es", "ies", "ed", "ied", "ing", "er", "est", "en", "n", "d")


def _repairs(low: str) -> set[str]:
    """Regular inflections undone, generously: what a lemma-repairing matcher may try."""
    out: set[str] = set()
    if low.endswith("ied") or low.endswith("ies"):
        out.add(low[:-3] + "y")
    for suf in SUFFIXES:
        if low.endswith(suf) and len(low) > len(suf) + 1:
            stem = low[: -len(suf)]
            out.add(stem)
            out.add(stem + "e")
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "shelled" -> "shell" -> also "shel"; "stopped" -> "stop"
    return out


SENTENCE_ENDS = {".", "!", "?"}
CLOSING_QUOTES = {'"', "”", "’", "'", ")"}


def _rough_sentence_starts(doc) -> list[int]:
    """Token indexes where sentences start, split at a full stop, question or exclamation
    mark (and any closing quote after it) before a capitalised word or a number: cheap, and
    good enough to cut a tail that keeps a margin (abbreviations are one token in spaCy)."""
    starts = [0]
    for j in range(1, len(doc)):
        t = doc[j]
        if not (t.text[:1].isupper() or t.text[:1].isdigit() or t.text[:1] in '"“‘'):
            continue
        k = j - 1
        while k > 0 and doc[k].text in CLOSING_QUOTES:
            k -= 1
        if doc[k].text in SENTENCE_ENDS:
            starts.append(j)
    return starts


@dataclass
class Piece:
    """A paragraph: to parse (`doc`: its tokens, not yet parsed) or skipped (`sentences`)."""

    start: int  # offset in the article's clean text
    text: str
    parse: bool
    doc: object = None  # the tokenised paragraph, handed to nlp.pipe
    sentences: list = field(default_factory=list)  # tokenizer spans of skipped sentences
    dateline: str | None = None  # the paragraph's (nlp.Paragraph), on its first piece
    # a transcript's question or answer the paragraph is (nlp.Paragraph.turn), on each piece
    turn: str | None = None

    @property
    def n_sentences(self) -> int:
        return len(self.sentences)


class Prefilter:
    """Built once per process from the lexicon; `plan(paragraph)` says what to do with it."""

    def __init__(self, lexicon, nlp=None, kb=None) -> None:
        if nlp is None:
            from .nlp import get_nlp

            nlp = get_nlp()
        self.nlp = nlp
        self.kb = kb
        self.tokenizer = nlp.tokenizer
        self.senter = nlp.get_pipe("senter")
        self._lemma_tables(nlp)
        self._patterns(lexicon)
        self._cache: dict[str, frozenset[str]] = {}
        self.stats = {"paragraphs": 0, "parsed": 0, "tokens": 0, "parsed_tokens": 0}

    # -- building ------------------------------------------------------------------------
    def _lemma_tables(self, nlp) -> None:
        self._rules: list[tuple[str, str]] = []
        self._exc: dict[str, set[str]] = {}
        try:
            lookups = nlp.get_pipe("lemmatizer").lookups
            rules = lookups.get_table("lemma_rules", {})
            exc = lookups.get_table("lemma_exc", {})
            for pos in ("verb", "noun", "adj", "adv", "propn", "aux"):
                self._rules.extend(tuple(r) for r in rules.get(pos, []))
                for form, lemmas in (exc.get(pos, {}) or {}).items():
                    self._exc.setdefault(form, set()).update(x.lower() for x in lemmas)
        except (KeyError, ValueError):  # pragma: no cover - a model without lookups
            pass
        try:
            ruler = nlp.get_pipe("attribute_ruler")
            ruler = getattr(ruler, "ruler", ruler)  # speedups.CachedAttributeRuler wraps it
            for p in ruler.patterns:
                lemma = p.get("attrs", {}).get("LEMMA")
                if not lemma:
                    continue
                for pat in p["patterns"]:
                    for tok in pat:
                        for key in ("LOWER", "ORTH", "TEXT"):
                            v = tok.get(key)
                            vals = (
                                v
                                if isinstance(v, list)
                                else (v.get("IN", []) if isinstance(v, dict) else [v])
                            )
                            for s in vals:
                                if isinstance(s, str):
                                    self._exc.setdefault(s.lower(), set()).add(lemma.lower())
        except KeyError:  # pragma: no cover
            pass

    def _patterns(self, lexicon) -> None:
        """Patterns by head lemma; and the words that make events without a pattern."""
        self.by_head: dict[str, list[tuple[frozenset[str], ...]]] = {}
        for p in getattr(lexicon, "patterns", []):
            words = tuple(frozenset(w.alts) for w in p.words)
            for h in p.head:
                self.by_head.setdefault(h, []).append(words)
        # every trigger word that is not a pattern head (whose patterns are checked word by
        # word): wrappers, noun wrappers, light verbs, and whatever the lexicon adds later
        heads = {h for p in getattr(lexicon, "patterns", []) for h in p.head}
        free: set[str] = set(getattr(lexicon, "trigger_words", ()) or ()) - heads
        free |= set(getattr(lexicon, "wrappers", {}) or {}) | set(
            getattr(lexicon, "noun_wrappers", {}) or {}
        )
        try:
            from .events import extract
        except ImportError:  # pragma: no cover
            extract = None
        for name in ("DENIALS", "MUST_MODALS", "BARE_WRAPPERS", "NAMING"):
            free.update(getattr(extract, name, ()) or ())
        # "has to", "needs to" make a demand only with "to" right after (see can_hold_event);
        # a must-verb that is also a trigger word of the lexicon stays free
        self.must_verbs = {w.lower() for w in getattr(extract, "MUST_VERBS", ()) or ()} - free
        # "said Iran's conduct was a breach", "Moscow did the same": a word of the first set
        # with one of the other
        for nouns, others in getattr(extract, "WORD_PAIRS", ()) or ():
            for n in nouns:
                self.by_head.setdefault(n, []).append((frozenset(others),))
        self.free: set[str] = set()
        for f in free:
            parts = [w for w in re.split(r"[\s\-]+", f.lower()) if w]
            if len(parts) == 1:
                self.free.add(parts[0])
            elif parts:  # "call-for", "hit back": every part must be there
                self.by_head.setdefault(parts[0], []).append(
                    tuple(frozenset([w]) for w in parts[1:])
                )

    # -- the test ----------------------------------------------------------------------------
    def lemmas(self, low: str) -> frozenset[str]:
        """Every lemma a token with this lower-case form could get."""
        got = self._cache.get(low)
        if got is None:
            out = {low}
            out.update(self._exc.get(low, ()))
            for old, new in self._rules:
                if low.endswith(old) and len(low) > len(old):
                    out.add(low[: len(low) - len(old)] + new)
            out.update(_repairs(low))
            out.update(unhyphenated(x) for x in list(out))  # "walk-outs": "walkout"
            out.update(unaccented(x) for x in list(out))  # "communiqué": "communique"
            if PREFIXED.fullmatch(low):  # as events.match.lemma reads a prefixed word
                head, stem = low.split("-", 1)
                stems = self.lemmas(stem)  # "re-arrested": "arrest" (the stem fallback)
                out.update(stems)
                out.update(unhyphenated(f"{head}-{x}") for x in stems)  # "re-took": "retake"
            got = frozenset(out)
            if len(self._cache) < 500_000:
                self._cache[low] = got
        return got

    def can_hold_event(self, tokens) -> bool:
        seen: set[str] = set()
        prev: frozenset[str] = frozenset()
        must = False
        for t in tokens:
            low = t.lower_
            got = self.lemmas(low)
            seen.update(got)
            if low == "to" and prev & self.must_verbs:
                must = True
            prev = got
        if must or seen & self.free:
            return True
        for head in seen.intersection(self.by_head):
            for words in self.by_head[head]:
                if all(alts & seen for alts in words):
                    return True
        return False

    # -- planning ------------------------------------------------------------------------------
    def plan(self, paras) -> list[Piece]:
        """An article's paragraphs (`nlp.Paragraph`s, in order) as pieces: to parse, with
        the tokenised Doc, or skipped (after the last paragraph that can hold an event). A
        text of one paragraph (no line breaks) is cut the same way by sentences
        (`_sentence_tail`)."""
        docs = [self.tokenizer(p.text) for p in paras]
        can = [self.can_hold_event(d) for d in docs]
        last = max((i for i, c in enumerate(can) if c), default=-1)
        pieces = []
        for i, (p, d) in enumerate(zip(paras, docs, strict=True)):
            first = len(pieces)
            self.stats["paragraphs"] += 1
            self.stats["tokens"] += len(d)
            cut = self._sentence_tail(d) if i <= last and len(paras) == 1 else None
            if i > last:
                pieces.append(self._skipped(p.start, p.text, d))
            elif cut is None:
                pieces.append(self._parsed(p.start, p.text, d))
            else:
                head, tail = p.text[:cut].rstrip(), p.text[cut:]
                pieces.append(self._parsed(p.start, head, self.tokenizer(head)))
                pieces.append(self._skipped(p.start + cut, tail, self.tokenizer(tail)))
            pieces[first].dateline = p.dateline
            for piece in pieces[first:]:
                piece.turn = getattr(p, "turn", None)
        return pieces

    def _parsed(self, start: int, text: str, doc) -> Piece:
        """A piece to parse (counted in the stats)."""
        self.stats["parsed"] += 1
        self.stats["parsed_tokens"] += len(doc)
        return Piece(start, text, True, doc=doc)

    def _skipped(self, start: int, text: str, doc) -> Piece:
        """A piece left unparsed, split into sentences for its actor mentions."""
        return Piece(start, text, False, sentences=list(self.senter(doc).sents))

    def _sentence_tail(self, doc) -> int | None:
        """Where the sentences after the last that can hold an event start, in a paragraph
        (character offset), or None when nothing can be cut. Sentences are split cheaply at
        a full stop, question or exclamation mark before a capital (no model runs unless
        something is cut), read from the end. The test runs on windows of two sentences (a
        parse may join two of them, and a pattern's words may be split between them), and at
        least TAIL_MARGIN sentences and TAIL_MARGIN_TOKENS tokens after the last such window
        are kept, so the parser and its token vectors see the same right context for every
        sentence that can hold an event as in the whole paragraph (the events are the same:
        tests/pipeline/test_scale.py, bench/throughput.py)."""
        starts = _rough_sentence_starts(doc)
        bounds = list(zip(starts, starts[1:] + [len(doc)], strict=True))
        if len(bounds) <= TAIL_MARGIN + 1:
            return None
        last = -1
        for i in range(len(bounds) - 1, -1, -1):
            if self.can_hold_event(doc[bounds[max(0, i - 1)][0] : bounds[i][1]]):
                last = i
                break
        if last < 0:
            return None
        keep = last + TAIL_MARGIN
        while keep + 1 < len(bounds) and bounds[keep][1] - bounds[last][1] < TAIL_MARGIN_TOKENS:
            keep += 1  # short sentences after it: keep enough tokens of right context
        if keep + 1 >= len(bounds):
            return None
        return doc[bounds[keep + 1][0]].idx

    # -- mentions in skipped paragraphs -----------------------------------------------------------
    def mentions(self, piece: Piece, day) -> list[Actor]:
        """Names in a skipped paragraph, found in the knowledge base without a parse, for
        the article's list of actor mentions."""
        found: list[Actor] = []
        for sent in piece.sentences:
            found.extend(self._kb_mentions(sent, piece, day))
        return found

    def _kb_mentions(self, sent, piece: Piece, day) -> list[Actor]:
        if self.kb is None:
            return []
        base = piece.start  # the paragraph's offset in the article
        out: list[Actor] = []
        for m in self.kb.match(sent):
            ent = m.term.entity
            fn = m.term.function
            span = sent[m.start : m.end]
            s, e = span.start_char + base, span.end_char + base
            why = f"kb:{ent.kind}:{fn}:unparsed"
            if ent.kind == "country" and fn != "adjective":
                out.append(Actor(text=span.text, name=ent.name, country=ent.country,
                                 sector=list(m.term.sector), kb_id=ent.id, start=s, end=e, why=why))  # fmt: skip
            elif ent.kind == "org":
                out.append(Actor(text=span.text, name=ent.name, country=ent.country,
                                 sector=list(ent.sector), org=ent.org, kb_id=ent.id,
                                 code_override=ent.code, start=s, end=e, why=why))  # fmt: skip
            elif ent.kind == "person":
                role, _status = ent.role_on(day)
                if role is None:
                    continue
                out.append(Actor(text=span.text, name=ent.name, country=role.country,
                                 sector=[role.sector] if role.sector else [], org=role.org,
                                 kb_id=ent.id, start=s, end=e, why=why))  # fmt: skip
        return out
