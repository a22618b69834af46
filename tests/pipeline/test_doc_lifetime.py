"""A coded article's parsed paragraphs are freed by reference counting once it is done:
nothing the coder keeps on a Doc or in the actor memory refers back in a cycle, which only
the cycle collector would free (memory then grows with the corpus between its runs)."""

from __future__ import annotations

import datetime as dt
import gc

TEXT = (
    "KAUNAS - Lithuania's foreign minister met his Polish counterpart in Warsaw on Tuesday.\n\n"
    "He said the two governments would sign a border agreement in May, and the Polish "
    "minister promised to visit Vilnius.\n\n"
    "The European Union welcomed the talks."
)


def _cyclic_garbage_kinds(run) -> set[str]:
    """The type names of the objects `run()` left in reference cycles."""
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        run()
        gc.collect()
        return {type(o).__name__ for o in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def test_a_coded_article_leaves_no_doc_in_a_cycle(coder):
    assert coder.code(TEXT, published="2024-03-05")  # (events: the actor memory was used)
    kinds = _cyclic_garbage_kinds(lambda: coder.code(TEXT, published="2024-03-05"))
    assert not kinds & {"Doc", "Span", "SentenceActors", "Memory", "Actor"}


def test_an_article_whose_coding_fails_leaves_no_doc_in_a_cycle(coder, monkeypatch):
    from dotterel.model import Article

    def fail(*args, **kwargs):
        raise RuntimeError("a builder bug")

    monkeypatch.setattr(coder.builder, "build", fail)
    art = Article(id="failing", text=TEXT, published=dt.date(2024, 3, 5))
    coded = list(coder.code_articles([art]))
    assert coded[0].failed
    kinds = _cyclic_garbage_kinds(lambda: list(coder.code_articles([art])))
    assert not kinds & {"Doc", "Span", "SentenceActors", "Memory", "Actor"}
