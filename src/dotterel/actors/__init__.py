"""Actors: the knowledge base and the resolution of mentions to actors."""

from __future__ import annotations

import functools

from .kb import KnowledgeBase, KnowledgeError, load_builtin

__all__ = ["KnowledgeBase", "KnowledgeError", "default_kb", "load_builtin"]


@functools.cache
def default_kb() -> KnowledgeBase:
    """The built-in knowledge base, loaded once per process."""
    return load_builtin()
