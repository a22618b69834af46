"""`dotterel actors`: a readable table, JSON lines with the reason in words, dates from
--published or from the file's own front matter."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dotterel.cli import main


def run(*args, input=None):
    return CliRunner(env={"COLUMNS": "240"}).invoke(main, list(args), input=input)


def test_table_shows_codes_names_and_reasons():
    res = run("actors", "Netanyahu met Russian troops. He praised them.", "--published", "2008-06-01",
              "--sentences")  # fmt: skip
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "ISROPP" in out and "RUSMIL" in out and "2008-06-01" in out
    assert "people file: opposition leader on 2008-06-01" in out
    assert "pronoun -> Benjamin Netanyahu" in out


def test_json_lines_carry_the_contract_fields_and_why():
    res = run("actors", "Washington and Moscow agreed. Talks in Moscow went on.", "--json")
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["code"] for r in rows] == ["USAGOV", "RUSGOV", "RUS"]
    for r in rows:
        assert {
            "text",
            "name",
            "country",
            "sector",
            "code",
            "org",
            "why",
            "how",
            "sentence",
        } <= set(r)
    assert rows[2]["how"] == "capital as a place (no sector)"


def test_dates_come_from_the_file_or_the_option(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Published: 1995-03-01\n\nAssad received the envoy.\n")
    rows = [json.loads(x) for x in run("actors", str(p), "--json").stdout.splitlines()]
    assert rows[0]["name"] == "Hafez al-Assad" and rows[0]["published"] == "1995-03-01"
    rows = [json.loads(x) for x in run("actors", "-", "--json", "--published", "2010-01-01",
                                       input="Assad received the envoy.").stdout.splitlines()]  # fmt: skip
    assert rows[0]["name"] == "Bashar al-Assad"
    res = run("actors", "Assad received the envoy.")
    assert "no date" in res.stdout


def test_a_shared_dateline_is_read_as_the_coder_reads_it():
    # the coder's own dateline memory: no default country before the story names one
    text = "OTTAWA/LIMA (Reuters) - Police fired tear gas at the marchers in the capital."
    rows = [json.loads(x) for x in run("actors", text, "--json").stdout.splitlines()]
    police = [r for r in rows if r["text"].lower() == "police"]
    assert police and police[0]["country"] != "CAN", rows
    res = run("actors", "OTTAWA (Reuters) - Police fired tear gas at the marchers.", "--json")
    police = [json.loads(x) for x in res.stdout.splitlines() if '"Police"' in x]
    assert police and police[0]["country"] == "CAN", res.stdout
