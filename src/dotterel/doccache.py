"""What spaCy computes again on every access of a Doc, computed once and kept on it.

`doc.text` joins every token's text anew, and `doc.ents` makes a new Span per entity (and
`span.ents` walks all of them) on each call: in the coding's loops over an article's
sentences and paragraphs that is a noticeable share of the CPU. Nothing changes a Doc's
text or entities after the parse (the repairs of nlp.py mend tags, lemmas and the tree
only), so the first answer holds for the Doc's life. Kept in `doc.user_data`, like
`events.extract.common.dateline_end`; the kept Spans refer back to their Doc, so `forget`
drops them once the Doc is done with (else only the cycle collector frees the Doc).
"""

from __future__ import annotations

_TEXT = "dotterel_text"
_ENTS = "dotterel_ents"


def doc_text(doc) -> str:
    """`doc.text`."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def doc_ents(doc) -> tuple:
    """`doc.ents`."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = doc.ents
    return ents


def forget(doc) -> None:
    """Drop what was kept on `doc`: its entity Spans refer back to it, a cycle that keeps
    the Doc alive until the cycle collector runs."""
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_ENTS, None)


def ent_at(tok):
    """The entity holding a token, or None (entities never overlap)."""
    for ent in doc_ents(tok.doc):
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def span_ents(span) -> list:
    """`span.ents`: the entities wholly inside a span, as spaCy finds them."""
    out = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                out.append(ent)
            else:
                break
    return out
