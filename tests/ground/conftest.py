"""Fixtures the tests of this folder share."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def parse(nlp, kb):
    from dotterel.actors.resolve import Memory, SentenceActors

    def run(text: str, dateline: str | None = None):
        doc = nlp(text)
        memory = Memory()
        memory.dateline_country = dateline
        sa = SentenceActors(kb, doc, None, memory)
        for s in doc.sents:
            sa.sentence_mentions(s)
        return doc, sa

    return run
