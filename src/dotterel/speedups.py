"""Shortcuts for work spaCy does slowly, with the same model and the same annotations.

1. The English pipeline's `attribute_ruler` maps each token's fine tag (and a few words) to
   its coarse part of speech, morphology and some lemmas by running a Matcher with 179
   patterns over every document: about a tenth of the whole parse, recomputing the same
   answer for the same (word, tag, dependency) over and over. `CachedAttributeRuler` gives
   the same annotations from a cache keyed on exactly what its one-token patterns can look
   at, and runs the real Matcher only for the handful of two-token patterns ("there is",
   "gon na"). Rules are applied in the ruler's own order: the same Doc, token for token.
2. The convolutional layers (tok2vec, the entity recogniser's own tok2vec) spend a third
   of the parse in matrix products, which thinc sends to BLIS; numpy's OpenBLAS does them
   3-4 times faster on common x86 CPUs. thinc's supported switch `NumpyOps(use_blis=False)`
   routes them to numpy, one BLAS thread per process (the cores are used by worker
   processes). The weights are the same; products may differ in the last bits of a float.

`bench/throughput.py` counts the tokens whose annotations differ from spaCy's own on the
corpus it measures (none so far); `tests/pipeline/test_scale.py` checks the demo corpus.
"""

from __future__ import annotations

import ctypes
import os

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


def single_thread_blas() -> None:
    """One BLAS thread in this process (numpy's OpenBLAS, found among the loaded
    libraries): parallel work is done by worker processes, not threads."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # for processes started from here
    try:
        with open("/proc/self/maps") as fh:
            libs = {line.split()[-1] for line in fh if "openblas" in line.lower() and "/" in line}
    except OSError:  # pragma: no cover - not Linux
        return
    for path in libs:
        try:
            lib = ctypes.CDLL(path)
        except OSError:  # pragma: no cover
            continue
        for sym in ("openblas_set_num_threads", "openblas_set_num_threads64_",
                    "scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads"):  # fmt: skip
            f = getattr(lib, sym, None)
            if f is not None:
                f(1)
                break


def use_numpy_gemm(nlp) -> int:
    """Every thinc layer of the pipeline computes with `NumpyOps(use_blis=False)`; returns
    the number of layers switched."""
    from thinc.api import NumpyOps

    single_thread_blas()
    ops = NumpyOps(use_blis=False)
    n = 0
    for _name, proc in nlp.components:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops).__name__ == "NumpyOps":
                node.ops = ops
                n += 1
    return n


def install(nlp) -> bool:
    """Both shortcuts on a loaded pipeline (idempotent). True if the ruler was swapped."""
    use_numpy_gemm(nlp)
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
