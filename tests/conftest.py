"""Shared fixtures. The spaCy model and knowledge base are loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "news"
GOLD = ROOT / "gold" / "articles.jsonl"


@pytest.fixture(scope="session")
def coder():
    from dotterel.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def kb():
    from dotterel.actors import default_kb

    return default_kb()


@pytest.fixture(scope="session")
def nlp():
    from dotterel.nlp import get_nlp

    return get_nlp()


def events_of(coder, text: str, published: str = "2020-06-15"):
    return [e.to_dict(explain=True) for e in coder.code(text, published=published)]


def event_rows(coder, text: str, published: str) -> list[tuple]:
    """Each event as (type, CAMEO code, source codes, target codes, modality): what the
    tests of whole constructions compare."""
    return [
        (e["type"], e["cameo"], codes(e["source"]), codes(e["target"]), e["modality"])
        for e in events_of(coder, text, published)
    ]


def codes(actors: list[dict]) -> list[str]:
    return [a["code"] for a in actors]


def finder(default_published: str):
    """`found(coder, text, typ)`: the events of one type, dated by the test file's own
    publication day unless the call gives another."""

    def found(coder, text: str, typ: str, published: str = default_published) -> list[dict]:
        return [e for e in events_of(coder, text, published) if e["type"] == typ]

    return found


def keys(actors: list[dict]) -> set[str]:
    """What a test compares actors by: country, else organisation, else code."""
    return {a["country"] or a["org"] or a["code"] for a in actors}


def parties(e: dict) -> set[str]:
    return keys(e["source"]) | keys(e["target"])
