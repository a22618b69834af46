"""PETRARCH/TABARI dictionaries: the format, date restrictions, agents, and coding with them.

The fixture dictionaries in tests/fixtures/petrarch are invented for these tests. Tests
that use the PETRARCH validation and Phoenix dictionaries from the shared evaluation folder
are skipped when those files are absent."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dotterel.actors.kb import KnowledgeBase, KnowledgeError, load_builtin
from dotterel.actors.petrarch import code_parts, load_petrarch
from dotterel.model import Article
from tests.helpers import FIX

ACTORS = FIX / "ruritania.actors.txt"


AGENTS = FIX / "ruritania.agents.txt"


SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval"


VALIDATE = SHARED / "petrarch_unit_tests"


PHOENIX = SHARED / "petrarch_dictionaries"


@pytest.fixture(scope="module")
def dict_kb():
    kb = KnowledgeBase()
    reports = [load_petrarch(kb, ACTORS, "actors"), load_petrarch(kb, AGENTS, "agents")]
    kb.finish()
    kb.test_reports = reports
    return kb


def entity(kb, phrase):
    terms = kb.lookup(phrase)
    assert terms, f"{phrase!r} not in the dictionary"
    return terms[0].entity


def code_on(kb, phrase, day):
    role, _ = entity(kb, phrase).code_on(dt.date.fromisoformat(day) if day else None)
    return role.code if role else None


@pytest.fixture(scope="module")
def dict_coder(dict_kb):
    from dotterel.pipeline import Coder

    kb = load_builtin()
    load_petrarch(kb, ACTORS, "actors")
    load_petrarch(kb, AGENTS, "agents")
    kb.finish()
    return Coder(kb=kb)


def _actors(coder, text, day):
    (art,) = coder.code_articles([Article(id="t", text=text, published=dt.date.fromisoformat(day))])
    return art


def test_entries_synonyms_and_compound_names(dict_kb):
    rep = dict_kb.test_reports[0]
    assert rep.entries == 10  # Michael Elphberg and Duke Michael are one stacked entry
    for phrase in ("Ruritania", "Ruritanian", "Ruritanians", "Strelsau", "mud flats of Elbonia",
                   "Freedonia", "King Rudolf", "Duke Michael"):  # fmt: skip
        assert dict_kb.lookup(phrase), phrase
    assert entity(dict_kb, "Strelsau") is entity(dict_kb, "Ruritania")
    assert not dict_kb.lookup("not an actor")  # inside an XML comment
    assert code_on(dict_kb, "Freedonia", None) == "FRD"  # code on its own line


def test_date_restrictions_pick_the_code_of_the_day(dict_kb):
    # <YYMMDD, YYMMDD-YYMMDD, >YYMMDD; two-digit years 00-30 are 20YY
    assert code_on(dict_kb, "Rudolf Elphberg", "2005-03-01") == "RURELI"
    assert code_on(dict_kb, "King Rudolf", "2010-06-01") == "RURGOV"
    assert code_on(dict_kb, "Elphberg", "2020-06-01") == "RURELI"
    # YYYYMMDD; the first restriction listed wins where two overlap; else the default
    assert code_on(dict_kb, "Rupert of Hentzau", "2015-06-15") == "RURREB"
    assert code_on(dict_kb, "Rupert of Hentzau", "2015-09-15") == "RURMIL"
    assert code_on(dict_kb, "Rupert of Hentzau", "2018-01-01") == "RUR"
    # two-digit 90-99 are 19YY; two code blocks on one line
    assert code_on(dict_kb, "Duke Michael", "1995-01-01") == "RURGOVELI"
    assert code_on(dict_kb, "Michael Elphberg", "2001-01-01") == "RURELI"


def test_null_codes_and_problems_are_reported_not_fatal(dict_kb):
    assert code_on(dict_kb, "Black Elphberg", "2020-01-01") == ""
    rep = dict_kb.test_reports[0]
    assert rep.null_entries == 1
    assert any("ruritania.actors.txt:" in p and "1899-13-45" in p for p in rep.problems)
    assert code_on(dict_kb, "Colonel Sapt", "2020-01-01") == "RURMIL"  # the good block kept
    agents = dict_kb.test_reports[1]
    assert any("AGENT_WITHOUT_CODE" in p or "needs a code" in p for p in agents.problems)


def test_codes_split_into_country_and_sectors():
    assert code_parts("KENMIL") == ("KEN", ["MIL"], None)
    assert code_parts("RURGOV") == (None, ["RUR", "GOV"], None)  # not an ISO country
    assert code_parts("IGOGRK")[0] is None
    kb = load_builtin()
    assert code_parts("IGOUNO", kb) == (None, ["IGO", "UNO"], "UN")  # the built-in org key


def test_agents_plurals_and_substitution_sets(dict_kb):
    def agent(word):
        terms = [t for t in dict_kb.lookup(word) if t.function == "sector"]
        return terms[0].entity.code if terms else None

    assert agent("minister") == "~GOV" and agent("ministers") == "~GOV"
    assert agent("troops") == "~MIL" and agent("troopses") is None
    assert agent("attorneys general") == "~JUD" and agent("attorney generals") is None
    assert agent("militias") == "~REB" and agent("archduchies") == "~GOV"
    assert agent("rights group") == "NGO~"
    for w in ("congressman", "congressmen", "congresswoman", "congresswomen"):
        assert agent(w) == "~LEG", w


def test_unreadable_file_is_an_error(tmp_path):
    with pytest.raises(KnowledgeError):
        load_petrarch(KnowledgeBase(), tmp_path / "missing.actors.txt", "actors")
    with pytest.raises(ValueError):
        load_petrarch(KnowledgeBase(), ACTORS, "verbs")


def test_coding_with_dictionary_actors_and_agents(dict_coder):
    art = _actors(dict_coder, "Ruritania restored full diplomatic ties with Elbonia.", "2012-05-01")
    ev = [e.to_dict() for e in art.events]
    assert any([a["code"] for a in e["source"]] == ["RUR"] and [a["code"] for a in e["target"]] == ["ELB"]
               for e in ev), ev  # fmt: skip
    art = _actors(
        dict_coder,
        "Ruritanian troops shelled Zimba Rifles positions. King Rudolf spoke.",
        "2012-05-01",
    )
    codes = {a.code for a in art.actors}
    assert {"RURMIL", "RURGOV"} <= codes, codes
    art = _actors(dict_coder, "King Rudolf spoke in Strelsau.", "2021-05-01")
    assert "RURELI" in {a.code for a in art.actors}


def test_builtins_and_dictionaries_together(dict_coder):
    art = _actors(dict_coder, "Elbonian ministers met Russian troops.", "2012-05-01")
    codes = {a.code for a in art.actors}
    assert {"ELBGOV", "RUSMIL"} <= codes, codes


def test_cli_options_load_dictionaries():
    from dotterel.cli import main

    runner = CliRunner()
    res = runner.invoke(main, ["actors", "Elbonian ministers met King Rudolf in Strelsau.", "--json",
                               "--published", "2012-01-01", "--actors", str(ACTORS), "--agents",
                               str(AGENTS), "--no-builtin-actors"])  # fmt: skip
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert {"ELBGOV", "RURGOV"} <= {r["code"] for r in rows}


@pytest.mark.skipif(not (VALIDATE / "PETR.Validate.actors.txt").exists(),
                    reason="PETRARCH validation dictionaries not present")  # fmt: skip
def test_petrarch_validation_dictionaries_code_arnor_to_gondor():
    from dotterel.pipeline import Coder

    kb = load_builtin()
    load_petrarch(kb, VALIDATE / "PETR.Validate.actors.txt", "actors")
    load_petrarch(kb, VALIDATE / "PETR.Validate.agents.txt", "agents")
    kb.finish()
    evs = Coder(kb=kb).code("Arnor is set to establish relations with Gondor next month, its "
                            "foreign ministry said on Friday.", published="2015-01-01")  # fmt: skip
    dyads = {(tuple(a.code for a in e.source), tuple(a.code for a in e.target)) for e in evs}
    assert (("ARN",), ("GON",)) in dyads, dyads
    # the dated validation entries: Sam Gamgee is HOBGOV from 2012-11-09 to 2013-01-19
    role, _ = kb.lookup("Sam Gamgee")[0].entity.code_on(dt.date(2013, 1, 1))
    assert role.code == "HOBGOV"


@pytest.mark.skipif(not (PHOENIX / "Phoenix.Countries.actors.txt").exists(),
                    reason="Phoenix dictionaries not present")  # fmt: skip
def test_phoenix_dictionaries_load():
    kb = KnowledgeBase()
    total = 0
    for name, kind in (("Phoenix.Countries.actors.txt", "actors"), ("Phoenix.International.actors.txt", "actors"),
                       ("Phoenix.MilNonState.actors.txt", "actors"), ("Phoenix.agents.txt", "agents")):  # fmt: skip
        rep = load_petrarch(kb, PHOENIX / name, kind)
        assert rep.entries > 500, rep.summary()
        assert len(rep.problems) < 0.01 * rep.entries, rep.problems[:5]
        total += rep.entries
    kb.finish()
    assert total > 25000
    assert kb.lookup("Afghanistan") and kb.lookup("Kabul")
