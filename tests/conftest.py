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


def codes(actors: list[dict]) -> list[str]:
    return [a["code"] for a in actors]
