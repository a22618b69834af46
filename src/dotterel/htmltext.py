"""HTML -> main text and metadata, through trafilatura (the well-kept tool for this)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass


@dataclass
class HtmlText:
    text: str
    title: str | None
    published: dt.date | None
    source: str | None
    url: str | None


def extract_html(html: str) -> HtmlText | None:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        text = _strip_tags(html)
        return HtmlText(text, None, None, None, None) if text.strip() else None
    text = doc.text
    title = (doc.title or "").strip() or None
    if title:  # the headline is metadata, not a sentence of the story
        first, _, rest = text.partition("\n")
        if first.strip() == title:
            text = rest
    return HtmlText(
        text=text,
        title=title,
        published=_trusted_date(doc.date, html),
        source=doc.sitename or None,
        url=doc.url or None,
    )


def _trusted_date(value: str | None, html: str) -> dt.date | None:
    """trafilatura falls back on a footer's copyright year as YYYY-01-01: distrust it
    unless the page itself states that day."""
    if not value:
        return None
    try:
        d = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    if d.month == 1 and d.day == 1 and d.isoformat() not in html:
        return None
    return d


_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


def _strip_tags(html: str) -> str:
    import html as htmllib

    return htmllib.unescape(_TAGS.sub(" ", html))
