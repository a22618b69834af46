"""Exact shortcuts for work spaCy repeats on every token.

The English pipeline's `attribute_ruler` maps each token's fine tag (and a few words) to
its coarse part of speech, morphology and some lemmas by running a Matcher with 179
patterns over every document: about a tenth of the whole parse, recomputing the same answer
for the same (word, tag, dependency) over and over. `CachedAttributeRuler` gives the same
annotations from a cache keyed on exactly what its one-token patterns can look at, and runs
the real Matcher only for the handful of two-token patterns ("there is", "gon na"). Rules
are applied in the ruler's own order, so the result is the same Doc, token for token;
`bench/throughput.py` checks that on whole corpora and a test checks it on the demo.
"""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens._retokenize import set_token_attrs

# what a one-token pattern may test for its answer to depend only on (orth, tag, dep)
_KEYED = {"ORTH", "TEXT", "LOWER", "NORM", "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT",
          "LENGTH", "TAG", "DEP", "SHAPE", "PREFIX", "SUFFIX", "IS_TITLE", "IS_UPPER",
          "IS_LOWER", "LIKE_NUM"}  # fmt: skip


class CachedAttributeRuler:
    """A drop-in for spaCy's AttributeRuler component with the same output."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.name = getattr(ruler, "name", "attribute_ruler")
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.single = Matcher(ruler.vocab, validate=False)
        self.multi = Matcher(ruler.vocab, validate=False)
        self.usable = True
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            got = ruler.matcher.get(key)
            if got is None:
                continue
            pats = got[1]
            one = [p for p in pats if len(p) == 1]
            more = [p for p in pats if len(p) > 1]
            if one:
                if ruler.indices[attr_id] not in (0, -1) or any(set(p[0]) - _KEYED for p in one):
                    self.usable = False
                self.single.add(key, one)
            if more:
                self.multi.add(key, more)
        self.cache: dict[tuple[int, int, int], tuple[int, ...]] = {}

    def __call__(self, doc):
        if not self.usable:
            return self.ruler(doc)
        per_token: dict[int, list[int]] = {}
        if len(self.multi):
            for m_id, s, e in self.multi(doc, allow_missing=True, as_spans=False):
                attr_id = int(self.ruler.vocab.strings[m_id])
                idx = self.indices[attr_id]
                i = (s + idx) if idx >= 0 else (e + idx)
                if not s <= i < e:
                    return self.ruler(doc)  # the ruler itself would complain: let it
                per_token.setdefault(i, []).append(attr_id)
        cache = self.cache
        attrs = self.attrs
        for tok in doc:
            key = (tok.orth, tok.tag, tok.dep)
            ids = cache.get(key)
            if ids is None:
                ids = tuple(sorted(int(self.ruler.vocab.strings[m_id]) for m_id, _s, _e in
                                   self.single(doc[tok.i : tok.i + 1], allow_missing=True,
                                               as_spans=False)))  # fmt: skip
                if len(cache) < 1_000_000:
                    cache[key] = ids
            extra = per_token.get(tok.i)
            if extra:
                ids = tuple(sorted(ids + tuple(extra)))
            for attr_id in ids:
                set_token_attrs(tok, attrs[attr_id])
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


def install(nlp) -> bool:
    """Swap the model's attribute ruler for the cached one (idempotent). True if done."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    comp = nlp.get_pipe("attribute_ruler")
    if isinstance(comp, CachedAttributeRuler):
        return True
    cached = CachedAttributeRuler(comp)
    if not cached.usable:
        return False
    names = [n for n, _ in nlp._components]
    nlp._components[names.index("attribute_ruler")] = ("attribute_ruler", cached)
    return True
