"""A coercive act an actor raises, weighs or plans on a condition (if/unless) is held over
the other side: a threat (PLOVER THREATEN), as "would ... if" already is. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys

PUB = "2019-04-10"

found = finder(PUB)


@pytest.mark.parametrize("text,src,cameo", [
    # a hedged act of the speaker's own state, attributed after the clause
    ("Chile could cut diplomatic relations with Peru if Lima signs the fishing pact, a Chilean "
     "official said on Monday.", "CHL", "1313"),
    ("Chile may expel Peruvian diplomats if Lima does not apologise, Chile's foreign minister "
     "said on Wednesday.", "CHL", "136"),
    # a stated plan on a condition
    ("The Chilean police intend to detain journalists if they publish the leaked documents.",
     "CHL", "132"),
    # a protest weighed on an "if ... not" condition, as on "unless"
    ("Chilean farmers' unions said they were considering blocking highways if the government "
     "does not withdraw the water law.", "CHL", "133"),
])  # fmt: skip
def test_a_coercive_act_raised_on_a_condition_is_a_threat(coder, text, src, cameo):
    e = found(coder, text, "THREATEN")
    assert e and keys(e[0]["source"]) == {src} and e[0]["cameo"] == cameo, e
    assert e[0]["modality"] == "asserted"


@pytest.mark.parametrize("text", [
    # no one's announcement: a conditional told by the narrator
    "If the rebels attack again, the Chilean army could strike their camps.",
    # "can": what is allowed, not an act held over anyone
    "Chilean police can detain journalists if they publish classified documents.",
])  # fmt: skip
def test_a_conditional_act_no_actor_raises_is_no_threat(coder, text):
    assert not found(coder, text, "THREATEN"), text
