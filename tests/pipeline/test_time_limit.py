"""One article must never stall or end a run: rules terminate, and an article whose coding
fails or runs past the time limit is reported and skipped while the others are coded."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

import dotterel
from dotterel.cli import main
from dotterel.deadline import ArticleTimeout, seconds_for, time_limit
from dotterel.model import Article
from dotterel.pipeline import Coder

ATTACK = "Rebels attacked an army base near Goma on Monday, the army said."


def _stuck_on(word: str, coder: Coder, fail: type[BaseException] | None = None):
    """The coder with a rule that loops (or fails) on articles containing `word`: stands in
    for a bug we do not know yet."""
    real = coder._code_article

    def code_article(art, c, paras, pdocs):
        if word in art.text:
            if fail is not None:
                raise fail("a rule broke")
            while True:  # a loop that burns CPU, as a runaway rule does
                pass
        return real(art, c, paras, pdocs)

    coder._code_article = code_article
    return coder


def test_an_office_named_before_a_person_after_the_verb_ends():
    # the envoy check climbed from "FBI" through "director" to the root verb and, comparing
    # spaCy tokens by identity (never equal), climbed forever
    with time_limit(60):
        dotterel.code(
            "The star witness at Tuesday's hearing was the former FBI director James Comey.",
            published="2018-04-13",
        )


def test_time_limit_interrupts_a_block_that_runs_too_long():
    with pytest.raises(ArticleTimeout), time_limit(0.3):
        while True:
            pass


def test_time_limit_counts_cpu_not_waiting_and_zero_means_none():
    with time_limit(0.2):
        time.sleep(0.5)  # waiting (or a machine busy with other work) is not the article's
    with time_limit(0):
        time.sleep(0.05)
    assert seconds_for(5_000, 120) == 120
    assert seconds_for(1_100_000, 120) == 1120
    assert seconds_for(1_100_000, 0) == 0


@pytest.mark.parametrize("fail", [None, KeyError])
def test_a_stuck_or_failing_article_is_skipped_with_its_reason(fail):
    coder = _stuck_on("STUCK", Coder(time_limit=0.5), fail)
    arts = [
        Article(id="a", text=ATTACK, origin="in.jsonl:1"),
        Article(id="b", text="STUCK. " + ATTACK, origin="in.jsonl:2"),
        Article(id="c", text=ATTACK, origin="in.jsonl:3"),
    ]
    out = list(coder.code_articles(arts))
    assert [c.article.id for c in out] == ["a", "b", "c"]
    assert out[0].events and out[2].events and not out[1].events
    why = out[1].skipped
    assert "please report" in why
    assert (
        ("more than 0.5 s of CPU time" in why)
        if fail is None
        else ("KeyError" in why and ".py:" in why)
    )


def test_a_single_text_raises_instead_of_hiding_the_bug():
    coder = _stuck_on("STUCK", Coder(time_limit=0.5), KeyError)
    with pytest.raises(KeyError):
        coder.code("STUCK. " + ATTACK)


def test_cli_reports_the_stuck_article_codes_the_rest_and_exits_1(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": ATTACK}, {"id": "b", "text": "STUCK. " + ATTACK},
            {"id": "c", "text": ATTACK}]  # fmt: skip
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    real = Coder._code_article

    def code_article(self, art, c, paras, pdocs):
        while "STUCK" in art.text:
            pass
        return real(self, art, c, paras, pdocs)

    monkeypatch.setattr(Coder, "_code_article", code_article)
    res = CliRunner().invoke(main, ["code", str(src), "--time-limit", "0.5", "-j", "1",
                                    "--published", "2021-03-01"])  # fmt: skip
    assert res.exit_code == 1
    assert "in.jsonl:2" in res.stderr and "more than 0.5 s of CPU time" in res.stderr
    ids = {json.loads(line)["article_id"] for line in res.stdout.splitlines()}
    assert ids == {"a", "c"}
