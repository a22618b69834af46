"""Third round of causes found on the lowest-scoring gold dev subsets (gold6, gold11,
gold12): clauses with a subject of their own are no purpose of the act before them. Each
test sentence is invented."""

from tests.conftest import codes, events_of

PUBLISHED = "2025-06-26"


def _events(coder, text: str) -> list[dict]:
    return events_of(coder, text, PUBLISHED)


def test_a_while_clause_with_its_own_subject_is_no_purpose_of_the_act(coder):
    # "called a strike, while the embassy urged ...": the embassy's appeal is its own act,
    # not the strike's demand folded into it
    evs = _events(
        coder,
        "Zambia's teachers' union called a strike on Monday, while the British embassy in "
        "Lusaka urged the Zambian government to free the detained teachers.",
    )
    assert {e["type"] for e in evs} == {"PROTEST", "REQUEST"}, evs
    req = next(e for e in evs if e["type"] == "REQUEST")
    assert codes(req["source"])[0].startswith("GBR"), req
    # a purpose with no subject of its own still belongs to the act
    evs = _events(
        coder, "Zambian teachers marched to parliament in Lusaka on Monday to demand higher pay."
    )
    assert [e["type"] for e in evs] == ["PROTEST"], evs
