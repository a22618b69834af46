"""Readers: every format, and bad input reported with its place, never fatal."""

from __future__ import annotations

import datetime as dt
import json

from dotterel.model import Article, Problem
from dotterel.read import ReadOptions, iter_inputs, split_front_matter


def read(tmp_path, name: str, data: bytes | str, **opts):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return list(iter_inputs([str(p)], ReadOptions(**opts)))


def test_plain_text_is_one_article_with_its_stem_as_id(tmp_path):
    (a,) = read(
        tmp_path, "story-1.txt", "Russia expelled two diplomats.", published=dt.date(2020, 1, 2)
    )
    assert isinstance(a, Article) and a.id == "story-1" and a.published == dt.date(2020, 1, 2)


def test_front_matter_and_headline(tmp_path):
    text = "Published: 2019-03-14\nSource: Demo Wire\n\nPompeo to visit Seoul\n\nPompeo will travel to Seoul."
    (a,) = read(tmp_path, "p.txt", text)
    assert a.published == dt.date(2019, 3, 14) and a.source == "Demo Wire"
    assert a.title == "Pompeo to visit Seoul"
    assert a.text.strip() == "Pompeo will travel to Seoul."


def test_markdown_front_matter_and_markup(tmp_path):
    text = "---\npublished: 2021-06-22\n---\n# EU sanctions Belarus\n\nThe **EU** imposed [sanctions](http://x) on Belarus."
    (a,) = read(tmp_path, "eu.md", text)
    assert a.title == "EU sanctions Belarus" and a.published == dt.date(2021, 6, 22)
    assert "The EU imposed sanctions on Belarus." in a.text


def test_jsonl_bad_lines_are_named_and_the_rest_kept(tmp_path):
    lines = [
        json.dumps(
            {"id": "a", "text": "Russia expelled two diplomats.", "published": "2020-01-02"}
        ),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "   "}),
        json.dumps(["a list"]),
        json.dumps({"id": "d", "text": "Iran criticised Israel.", "published": "yesterday"}),
        json.dumps(
            {"id": "e", "text": "China praised Pakistan.", "published": "2020-01-03T10:00:00Z"}
        ),
    ]
    got = read(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    arts = [g for g in got if isinstance(g, Article)]
    probs = [g for g in got if isinstance(g, Problem)]
    assert [a.id for a in arts] == ["a", "e"]
    assert arts[1].published == dt.date(2020, 1, 3)
    assert [p.origin.rsplit(":", 1)[1] for p in probs] == ["2", "3", "4", "5", "6"]
    assert "not valid JSON" in probs[0].reason
    assert "no 'text'" in probs[1].reason


def test_a_line_cut_inside_its_text_is_named_once(tmp_path):
    # a raw line break inside the text (a writer that did not escape it) cuts the record
    data = '{"id": "a", "text": "Chad accused Sudan of\n'
    data += json.dumps({"id": "b", "text": "Iran criticised Israel."}) + "\n"
    got = read(tmp_path, "cut.jsonl", data)
    assert [g.id for g in got if isinstance(g, Article)] == ["b"]
    (p,) = [g for g in got if isinstance(g, Problem)]
    assert p.origin.endswith("cut.jsonl:1")
    assert p.reason == "not valid JSON (Invalid control character at column 43)"


def test_invalid_utf8_line_in_jsonl_is_skipped_alone(tmp_path):
    data = (json.dumps({"id": "a", "text": "Russia expelled diplomats."}) + "\n").encode()
    data += b'{"id": "b", "text": "caf\xe9"}\n'
    data += (json.dumps({"id": "c", "text": "Iran criticised Israel."}) + "\n").encode()
    got = read(tmp_path, "f.jsonl", data)
    assert [g.id for g in got if isinstance(g, Article)] == ["a", "c"]
    (p,) = [g for g in got if isinstance(g, Problem)]
    assert p.origin.endswith("f.jsonl:2") and "UTF-8" in p.reason


def test_invalid_utf8_text_file(tmp_path):
    (p,) = read(tmp_path, "latin.txt", "Caf\xe9 society".encode("latin-1"))
    assert isinstance(p, Problem) and "invalid UTF-8 at byte 3" in p.reason


def test_empty_and_oversized_files(tmp_path):
    (p,) = read(tmp_path, "empty.txt", b"")
    assert isinstance(p, Problem) and p.reason == "empty file"
    (p,) = read(tmp_path, "big.txt", "word " * 1000, max_bytes=1000)
    assert isinstance(p, Problem) and "over the" in p.reason


def test_csv_records(tmp_path):
    text = 'id,text,published\nx1,"Russia expelled two diplomats, officials said.",2020-02-02\nx2,,2020-02-02\n'
    got = read(tmp_path, "f.csv", text)
    assert isinstance(got[0], Article) and got[0].id == "x1"
    assert isinstance(got[1], Problem) and got[1].origin.endswith("f.csv:3")


def test_html_page_through_trafilatura(tmp_path):
    html = """<html><head><title>Estonia expels Russian diplomat</title>
    <meta property="article:published_time" content="2022-08-05T09:00:00Z"></head><body>
    <nav>Home | World</nav><article><h1>Estonia expels Russian diplomat</h1>
    <p>TALLINN (Reuters) - Estonia expelled a Russian diplomat on Thursday, the foreign ministry said.</p>
    <p>Moscow said it would respond in kind.</p></article><footer>(c) 2022</footer></body></html>"""
    (a,) = read(tmp_path, "page.html", html)
    assert a.published == dt.date(2022, 8, 5)
    assert a.title == "Estonia expels Russian diplomat"
    assert "Estonia expelled a Russian diplomat" in a.text and "Home | World" not in a.text


def test_html_soup_inside_a_jsonl_text_is_extracted(tmp_path):
    rec = {
        "id": "h",
        "text": "<html><body><div><p>Iran criticised Israel on Monday.</p><p>More text here.</p></div><script>x()</script></body></html>",
    }
    (a,) = read(tmp_path, "f.jsonl", json.dumps(rec) + "\n")
    assert "<p>" not in a.text and "Iran criticised Israel" in a.text


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Iran criticised Israel.")
    (tmp_path / "a.txt").write_text("Russia expelled diplomats.")
    (tmp_path / ".hidden.txt").write_text("ignored")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    got = list(iter_inputs([str(tmp_path)]))
    assert [a.id for a in got] == ["a", "z"]


def test_missing_path_is_a_problem_not_a_crash():
    (p,) = list(iter_inputs(["/no/such/file.txt"]))
    assert isinstance(p, Problem) and "no such file" in p.reason


def test_front_matter_only_when_keys_are_known():
    meta, body = split_front_matter("Warning: this is a sentence.\nMore.")
    assert meta == {} and body.startswith("Warning")
