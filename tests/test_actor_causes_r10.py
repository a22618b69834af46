"""Actor errors counted on the gold dev set (round 10): the commonest causes, each test
sentence invented."""

from tests.conftest import codes, finder

PUBLISHED = "2024-05-02"
found = finder(PUBLISHED)


# -- an object "them" is never the subject of its own clause (binding) ----------------------
def test_accusing_them_after_plural_doers_is_not_the_doers(coder):
    text = (
        "Canada and Japan on Monday imposed sanctions on a senior Sudanese army general, "
        "accusing them of attacking civilians in Darfur."
    )
    acc = found(coder, text, "ACCUSE")
    assert acc and codes(acc[0]["target"]) == ["SDNMIL"], acc
    # the attack is not the sanctioning states'
    assert not [e for e in found(coder, text, "ASSAULT")
                if {"CAN", "JPN"} & {a["country"] for a in e["source"]}]  # fmt: skip


# -- "accusing him of" when "him" is a person the text does not name --------------------------
def test_accusing_him_after_expelling_an_unnamed_head_of_a_body(coder):
    text = "Mali on Friday expelled the head of the UN mission, accusing him of spreading lies."
    acc = found(coder, text, "ACCUSE")
    assert acc and codes(acc[0]["target"]) == ["IGOUNO"], acc


# -- "the two delegations" after hosted talks are the sides, not the hosts --------------------
def test_two_delegations_after_hosted_talks_are_the_sides(coder):
    text = (
        "Norway and Qatar hosted a meeting between Colombia's government and the FARC rebels "
        "in Oslo on Monday. The two delegations agreed to resume talks next month."
    )
    evs = [e for e in found(coder, text, "AGREE") if e["sentence_index"] == 1]
    assert evs, evs
    parties = set(codes(evs[0]["source"]) + codes(evs[0]["target"]))
    assert parties == {"COLGOV", "COLREBFRC"}, evs
