"""`dotterel kb`: info, check, lookup and compare, on the built-in files and the invented
fixture dictionaries."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dotterel.cli import main
from tests.helpers import FIX


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_info_reports_size_and_load_time():
    res = run("kb", "info", "--json")
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    # the load time is reported, not judged: timing belongs in bench/, not in a pass/fail test
    assert d["size"]["person_roles"] >= 1500 and d["builtin_seconds"] >= 0


def test_check_lists_skipped_dictionary_lines():
    res = run("kb", "check", "--actors", str(FIX / "ruritania.actors.txt"))
    assert res.exit_code == 0 and "skipped: ruritania.actors.txt:" in res.stdout


def test_lookup_gives_the_role_on_a_date():
    res = run("kb", "lookup", "Netanyahu", "--published", "2008-01-01")
    assert res.exit_code == 0 and "opposition leader" in res.stdout
    res = run("kb", "lookup", "no such name at all")
    assert res.exit_code == 1


def test_compare_with_a_dictionary():
    res = run("kb", "compare", "--json", "--actors", str(FIX / "ruritania.actors.txt"),
              "--agents", str(FIX / "ruritania.agents.txt"))  # fmt: skip
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    kinds = {r["kind"]: r for r in d["by_kind"]}
    assert kinds["national institutions"]["entries"] == 1  # Zimba Rifles, KENMIL
    assert kinds["agents (sector words)"]["known_to_builtin"] >= 3  # minister(s), troops ...
    assert d["people"]["builtin_people"] > 1000
    assert run("kb", "compare").exit_code == 2  # a dictionary is required


def test_org_ancestors_climb_to_the_root_and_stop_at_a_loop():
    from dotterel.actors import default_kb
    from dotterel.actors.kb import KnowledgeBase

    assert default_kb().org_ancestors("UNIFIL")[-1] == "UN"
    assert default_kb().org_ancestors("UN") == []
    kb = KnowledgeBase()
    kb.org_parent.update({"A": ("B", "x:1"), "B": ("C", "x:2"), "C": ("A", "x:3")})
    assert kb.org_ancestors("A") == ["B", "C", "A"]  # ends instead of hanging
