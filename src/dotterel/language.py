"""Is this English? A cheap check before parsing, so non-English text is reported and
skipped instead of coded into nonsense by an English model."""

from __future__ import annotations

import re

# the commonest English function words: running English prose is ~35-50% these
_COMMON = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "is",
        "was",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "its",
        "be",
        "has",
        "have",
        "had",
        "were",
        "are",
        "not",
        "but",
        "or",
        "an",
        "this",
        "which",
        "said",
        "will",
        "would",
        "who",
        "after",
        "over",
        "also",
        "been",
        "more",
        "than",
        "into",
        "about",
        "when",
        "there",
        "can",
        "could",
        "should",
        "two",
        "one",
        "new",
        "up",
        "out",
    ]
)
_WORD = re.compile(r"[^\W\d_]+", re.U)


def english_share(text: str, sample: int = 400) -> tuple[float, int]:
    words = [w.lower() for w in _WORD.findall(text[:5000])][:sample]
    if not words:
        return 0.0, 0
    return sum(w in _COMMON for w in words) / len(words), len(words)


def other_script_share(text: str, sample: int = 2000) -> tuple[float, int]:
    """The share of letters outside the Latin alphabet, and how many letters were looked at.
    Chinese, Japanese and Thai put no spaces between words, so a whole sentence counts as
    one or two words for `english_share`, too few to judge by words; their letters show it."""
    letters = [c for c in text[:5000] if c.isalpha()][:sample]
    if not letters:
        return 0.0, 0
    # Latin: Basic Latin to Latin Extended-B, and Latin Extended Additional
    other = sum(not (ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00) for c in letters)
    return other / len(letters), len(letters)


def looks_english(text: str) -> tuple[bool, str]:
    other, letters = other_script_share(text)
    if letters >= 10 and other > 0.5:
        return False, f"does not look like English ({other:.0%} of {letters} letters not Latin)"
    share, n = english_share(text)
    if n < 15:
        return True, ""  # too short to judge: let it through
    if share < 0.12:
        return False, f"does not look like English ({share:.0%} common English words in {n})"
    return True, ""
