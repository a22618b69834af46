"""dotterel: news text in, political event data out.

    >>> import dotterel
    >>> events = dotterel.code("Russia imposed sanctions on Ukraine.", published="2014-03-20")

The same core runs the `dotterel` command line (see `dotterel --help`).
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "code", "Coder", "Store"]


def code(text: str, published=None, id: str = "text", **meta):
    """Code one text; returns a list of `Event` (use `.to_dict()` for the contract JSON)."""
    return _coder().code(text, published=published, id=id, **meta)


_CODER = None


def _coder():
    global _CODER
    if _CODER is None:
        from .pipeline import Coder

        _CODER = Coder()
    return _CODER


def __getattr__(name: str):
    if name == "Coder":
        from .pipeline import Coder

        return Coder
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(name)
