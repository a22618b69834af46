"""Actor causes of wrong events, third set, each fixed by a general rule and tested on
invented sentences: the possessive of an event noun done to someone ("ordered his arrest"),
descriptions whose title names its own sector ("the police chief")."""

from __future__ import annotations

from tests.conftest import codes, events_of


def _typed(coder, text: str, typ: str, published: str = "2025-04-08") -> list[dict]:
    return [e for e in events_of(coder, text, published) if e["type"] == typ]


# -- "ordered his arrest", "demanded her release" ----------------------------------------------
def test_the_possessive_of_an_arrest_is_the_one_arrested_not_the_doer(coder):
    text = (
        "Zambian opposition leader Hakainde Mbewe addressed supporters in Lusaka on Monday. "
        "Home affairs minister Peter Banda later ordered his arrest."
    )
    arrests = _typed(coder, text, "COERCE")
    assert arrests, arrests
    assert [a["sector"] for a in arrests[0]["source"]] == [["GOV"]], arrests
    assert codes(arrests[0]["target"]) == ["ZMBOPP"], arrests


def test_the_possessive_of_a_release_demanded_is_the_one_to_be_freed(coder):
    text = (
        "Ugandan police detained the activist Grace Nakato on Friday. Rights groups on Sunday "
        "demanded her release."
    )
    asks = _typed(coder, text, "REQUEST")
    assert asks and "OPP" in asks[0]["target"][0]["sector"], asks


def test_the_doer_of_a_release_of_prisoners_keeps_its_possessive(coder):
    text = "The Sudanese army's release of 40 prisoners began on Monday."
    frees = _typed(coder, text, "RETREAT")
    assert frees and codes(frees[0]["source"])[0].startswith("SDN"), frees


# -- "the police chief" is no opposition leader named before -------------------------------------
def test_a_title_naming_its_sector_refers_only_to_someone_of_that_sector(coder):
    text = (
        "Zambian opposition leader Hakainde Mbewe addressed supporters in Lusaka on Monday. "
        "The police chief later ordered his arrest."
    )
    arrests = _typed(coder, text, "COERCE")
    assert arrests, arrests
    assert codes(arrests[0]["source"]) == ["ZMBCOP"], arrests
    assert codes(arrests[0]["target"]) == ["ZMBOPP"], arrests
