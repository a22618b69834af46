"""Readers: files, folders and stdin in, a stream of Articles (or Problems) out.

A bad record never stops the stream: it becomes a `Problem` naming the file and line, and
the caller reports it and goes on. Formats: plain text and Markdown (one article per file,
optional `Key: value` front matter), JSONL and CSV (one article per record), HTML (main
text and metadata through trafilatura).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Article, Problem

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000  # one article larger than this is almost surely not an article
FRONT_KEYS = {"title", "published", "date", "source", "url", "id"}


@dataclass
class ReadOptions:
    """What the caller knows about inputs that carry no metadata of their own."""

    published: dt.date | None = None  # for plain text without a date
    source: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def parse_date(value: object) -> dt.date | None:
    """YYYY-MM-DD or an ISO timestamp -> date; None for empty; ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", s)
    if not m:
        m2 = re.match(r"^(\d{4})(\d{2})(\d{2})$", s)
        if not m2:
            raise ValueError(f"not a YYYY-MM-DD date: {s[:40]!r}")
        m = m2
    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def iter_inputs(
    paths: Iterable[str], options: ReadOptions | None = None
) -> Iterator[Article | Problem]:
    """Every article in files, folders (recursively, sorted) and '-' for stdin."""
    options = options or ReadOptions()
    for p in paths:
        if p == "-":
            yield from read_stdin(options)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(
                f
                for f in path.rglob("*")
                if f.is_file()
                and f.suffix.lower() in KNOWN_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            if not files:
                yield Problem(str(path), "folder holds no .txt, .md, .jsonl, .csv or .html files")
            for f in files:
                yield from read_file(f, options)
        elif path.exists():
            yield from read_file(path, options)
        else:
            yield Problem(str(path), "no such file or folder")


def read_stdin(options: ReadOptions) -> Iterator[Article | Problem]:
    data = sys.stdin.buffer.read()
    yield from _read_bytes(data, "<stdin>", "stdin", options, guess=True)


def read_file(path: Path, options: ReadOptions) -> Iterator[Article | Problem]:
    suffix = path.suffix.lower()
    origin = str(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        yield Problem(origin, f"cannot read: {e.strerror or e}")
        return
    if size == 0:
        yield Problem(origin, "empty file")
        return
    if suffix in RECORD_SUFFIXES:
        # record files are streamed: the size limit applies to each record, not the file
        yield from (_read_jsonl(path, options) if suffix in {".jsonl", ".ndjson"}
                    else _read_csv(path, options))  # fmt: skip
        return
    if size > options.max_bytes:
        yield Problem(
            origin,
            f"file is {size / 1e6:.1f} MB, over the {options.max_bytes / 1e6:.1f} MB limit "
            "for one article (raise it with --max-bytes)",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Problem(origin, f"cannot read: {e.strerror or e}")
        return
    yield from _read_bytes(data, origin, path.stem, options, html=suffix in HTML_SUFFIXES)


def _decode(data: bytes, origin: str) -> str | Problem:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return Problem(
            origin,
            f"invalid UTF-8 at byte {e.start} (line {line}): {data[e.start : e.start + 4]!r}; "
            "convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        )
    return text.lstrip("\ufeff")


def _read_bytes(
    data: bytes, origin: str, stem: str, options: ReadOptions, html: bool = False,
    guess: bool = False,
) -> Iterator[Article | Problem]:  # fmt: skip
    if not data.strip():
        yield Problem(origin, "empty input")
        return
    text = _decode(data, origin)
    if isinstance(text, Problem):
        yield text
        return
    if guess and text.lstrip().startswith("{"):
        yield from _records_from_lines(io.StringIO(text), origin, options)
        return
    if html or (guess and looks_like_html(text)):
        yield from _from_html(text, origin, stem, options)
        return
    yield from _from_plain(text, origin, stem, options)


def _from_plain(
    text: str, origin: str, stem: str, options: ReadOptions
) -> Iterator[Article | Problem]:
    meta, body = split_front_matter(text)
    if looks_like_html(body):
        yield from _from_html(body, origin, stem, options, meta)
        return
    title = meta.get("title")
    if body.lstrip().startswith("# "):  # Markdown headline
        first, _, rest = body.lstrip().partition("\n")
        title = title or first[2:].strip()
        body = rest
    else:
        head = headline(body)
        if head is not None:
            title = title or head[0]
            body = head[1]
    body = strip_markdown(body)
    try:
        published = parse_date(meta.get("published") or meta.get("date")) or options.published
    except ValueError as e:
        yield Problem(origin, f"front matter: {e}")
        published = options.published
    if not body.strip():
        yield Problem(origin, "no text after the front matter")
        return
    yield Article(
        id=meta.get("id") or stem,
        text=body,
        published=published,
        source=meta.get("source") or options.source,
        url=meta.get("url"),
        title=title,
        origin=origin,
    )


def headline(body: str) -> tuple[str, str] | None:
    """A first line that is a headline (short, no closing full stop, then a blank line) is
    the title, not a sentence of the story."""
    stripped = body.lstrip("\n")
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or not rest.startswith(("\n", "\r\n")) or not first:
        return None
    if len(first) > 160 or first.endswith((".", "!", ":", ";", ",")) or first.count(". ") > 0:
        return None
    return first, rest


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """`---` fenced YAML-ish or bare `Key: value` lines before the first blank line."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, min(len(lines), 40)):
            if lines[i].strip() == "---":
                for ln in lines[1:i]:
                    k, sep, v = ln.partition(":")
                    if sep and k.strip().lower() in FRONT_KEYS:
                        meta[k.strip().lower()] = v.strip().strip("\"'")
                return meta, "\n".join(lines[i + 1 :])
        return {}, text
    i = 0
    while i < len(lines) and i < 10:
        m = re.match(r"^([A-Za-z]+):\s*(.*)$", lines[i])
        if not m or m.group(1).lower() not in FRONT_KEYS:
            break
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    if meta and (i == len(lines) or not lines[i].strip()):
        return meta, "\n".join(lines[i:])
    return {}, text


_MD = [
    (re.compile(r"^#{1,6}\s+", re.M), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?!\w)"), r"\1"),
    (re.compile(r"^>\s?", re.M), ""),
]


def strip_markdown(text: str) -> str:
    for rx, rep in _MD:
        text = rx.sub(rep, text)
    return text


_TAG = re.compile(r"<(p|div|br|span|a|html|body|script|article|h[1-6]|li|ul|table|meta)\b", re.I)


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    return len(_TAG.findall(head)) >= 3 or head.lstrip().lower().startswith(("<!doctype", "<html"))


def _from_html(
    html: str, origin: str, stem: str, options: ReadOptions, meta: dict | None = None
) -> Iterator[Article | Problem]:
    from .htmltext import extract_html

    got = extract_html(html)
    if got is None or not got.text.strip():
        yield Problem(origin, "HTML page has no main text that could be extracted")
        return
    meta = meta or {}
    try:
        published = parse_date(meta.get("published")) or got.published or options.published
    except ValueError:
        published = got.published or options.published
    yield Article(
        id=meta.get("id") or stem,
        text=got.text,
        published=published,
        source=meta.get("source") or got.source or options.source,
        url=meta.get("url") or got.url,
        title=meta.get("title") or got.title,
        origin=origin,
    )


def _read_jsonl(path: Path, options: ReadOptions) -> Iterator[Article | Problem]:
    try:
        fh = path.open("rb")
    except OSError as e:
        yield Problem(str(path), f"cannot read: {e.strerror or e}")
        return
    with fh:
        yield from _records_from_lines(fh, str(path), options)


def _records_from_lines(lines, origin: str, options: ReadOptions) -> Iterator[Article | Problem]:
    seen_any = False
    for lineno, raw in enumerate(lines, 1):
        where = f"{origin}:{lineno}"
        if isinstance(raw, bytes):
            if len(raw) > options.max_bytes:
                yield Problem(where, f"record is {len(raw) / 1e6:.1f} MB, over the limit")
                continue
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield Problem(where, f"invalid UTF-8 at byte {e.start} of the line")
                continue
        if not raw.strip():
            continue
        seen_any = True
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as e:
            # some of json's messages end in "at" ("Invalid control character at")
            msg = e.msg.removesuffix(" at")
            yield Problem(where, f"not valid JSON ({msg} at column {e.colno})")
            continue
        if not isinstance(rec, dict):
            yield Problem(where, f"a JSON {type(rec).__name__}, not an object with a 'text' field")
            continue
        yield from _record_to_article(rec, where, f"{Path(origin).stem}-{lineno}", options)
    if not seen_any:
        yield Problem(origin, "no records (only blank lines)")


def _read_csv(path: Path, options: ReadOptions) -> Iterator[Article | Problem]:
    origin = str(path)
    data = path.read_bytes()
    text = _decode(data, origin)
    if isinstance(text, Problem):
        yield text
        return
    delim = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delim)
    if not reader.fieldnames or "text" not in [f.strip().lower() for f in reader.fieldnames]:
        yield Problem(origin, f"no 'text' column (columns: {', '.join(reader.fieldnames or [])})")
        return
    for rec in reader:
        where = f"{origin}:{reader.line_num}"
        rec = {(k or "").strip().lower(): v for k, v in rec.items()}
        yield from _record_to_article(rec, where, f"{path.stem}-{reader.line_num}", options)


def _record_to_article(
    rec: dict, where: str, fallback_id: str, options: ReadOptions
) -> Iterator[Article | Problem]:
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        yield Problem(where, "record has no 'text' (or it is empty)")
        return
    if len(text.encode("utf-8", "surrogatepass")) > options.max_bytes:
        yield Problem(where, f"text is over the {options.max_bytes / 1e6:.1f} MB limit")
        return
    try:
        published = parse_date(rec.get("published") or rec.get("date")) or options.published
    except ValueError as e:
        yield Problem(where, f"field 'published': {e}")
        return
    rid = rec.get("id")
    article = Article(
        id=str(rid) if rid not in (None, "") else fallback_id,
        text=text,
        published=published,
        source=_opt_str(rec.get("source")) or options.source,
        url=_opt_str(rec.get("url")),
        title=_opt_str(rec.get("title")),
        origin=where,
    )
    if looks_like_html(text):
        from .htmltext import extract_html

        got = extract_html(text)
        if got is None or not got.text.strip():
            yield Problem(where, "'text' is HTML with no main text that could be extracted")
            return
        article.text = got.text
        article.title = article.title or got.title
        article.published = article.published or got.published
    yield article


def _opt_str(v: object) -> str | None:
    return None if v in (None, "") else str(v)
