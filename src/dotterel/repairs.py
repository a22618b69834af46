"""How the parse repairs (nlp.py) are run: a registry, in the spirit of spaCy's components.

Each repair walks a Doc's tokens looking for one misreading of the small model, and many
misreadings need a word that many paragraphs lack (a verb of ordering or of accusing, a
weekday, "what"). A repair states that need as a cheap test on the Doc's `DocWords` (its
lower-case forms and lemmas, read through `doc.to_array` rather than one spaCy Token object
per word), and a Doc that fails the test is not walked at all. A test must hold for every
Doc the repair could change: it only saves the walk, it never decides anything. Tests on
tags or labels would need reading again after every repair (any may change them) and cost
about as much as the walks they save, so none is used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import LEMMA, LOWER


class DocWords:
    """What words a Doc holds, for the repairs' tests. The forms never change; the lemmas
    are read again after a repair that changes lemmas (`forget_lemmas`)."""

    def __init__(self, doc) -> None:
        self.doc = doc

    def _strings(self, attr: int) -> set[str]:
        strings = self.doc.vocab.strings
        return {strings[h] for h in set(self.doc.to_array(attr).tolist())}

    @cached_property
    def lowers(self) -> set[str]:
        return self._strings(LOWER)

    @cached_property
    def lemmas(self) -> set[str]:
        """The lemmas, lower-cased (the repairs compare `tok.lemma_.lower()`)."""
        return {lemma.lower() for lemma in self._strings(LEMMA)}

    def forget_lemmas(self) -> None:
        self.__dict__.pop("lemmas", None)

    def has_words(self, *classes: Collection[str]) -> bool:
        """A word of each class occurs (lower-case forms)."""
        return all(not self.lowers.isdisjoint(c) for c in classes)

    def has_lemmas(self, *classes: Collection[str]) -> bool:
        """A word of each class occurs as a lemma."""
        return all(not self.lemmas.isdisjoint(c) for c in classes)

    def has_form(self, pattern: re.Pattern) -> bool:
        """A lower-case form matches the whole pattern."""
        return any(pattern.fullmatch(w) for w in self.lowers)


@dataclass(frozen=True)
class Repair:
    """One parse repair: `fix(doc)` (or `fix(doc, nlp)` with `needs_nlp`), run only when
    `when(words)` holds (no test: always); with `needs_roles` it is also given the caller's
    test of whether a lemma is a role noun (`run_repairs` is_role). `changes_lemmas`: it may
    set a token's lemma; the words' lemmas are then read again unless `fix` returned False
    (it changed nothing), which saves a repair with no `when` test that rarely finds anything
    a re-read of every Doc."""

    fix: Callable[..., None]
    when: Callable[[DocWords], bool] | None = None
    needs_nlp: bool = False
    changes_lemmas: bool = False
    needs_roles: bool = False


def run_repairs(
    repairs: Iterable[Repair], doc, nlp, is_role: Callable[[str], bool] | None = None
) -> None:
    """Every repair, in order, on one parsed Doc. `is_role`: whether a lemma is a noun of a
    role or group the actor files list ("villager", "farmer"), passed in from above (the
    actors' knowledge base); None: no noun is known as one."""
    words = DocWords(doc)
    for r in repairs:
        if r.when is not None and not r.when(words):
            continue
        args = (doc, nlp) if r.needs_nlp else (doc,)
        changed = r.fix(*args, is_role) if r.needs_roles else r.fix(*args)
        if r.changes_lemmas and changed is not False:
            words.forget_lemmas()
