"""The act an accusation names: "X accused Y of shelling Z" is X's ACCUSE of Y and also Y's
act on Z, asserted (gold/CODING.md, Reported speech), when the gerund is an attack; a noun
charge, other conduct, a failing, a denied or hedged accusation name no act. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import event_rows

PUB = "2024-03-06"


def acts(coder, text: str) -> list[tuple]:
    """(type, source, target, modality) of each event but the accusation or its denial."""
    return [
        (t, s, g, m)
        for t, _, s, g, m in event_rows(coder, text, PUB)
        if t not in ("ACCUSE", "REJECT")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Peru accused Chile of firing mortar shells at its posts on Monday.",
                     ("ASSAULT", "CHL", "PER"), id="accused_of_firing"),
        pytest.param("Kenya blamed Uganda for shelling its border posts.",
                     ("ASSAULT", "UGA", "KEN"), id="blamed_for_shelling"),
        pytest.param("Moldova accused Russia on Monday of shelling border villages and of bombing "
                     "a bridge.", ("ASSAULT", "RUS", None), id="second_of_gerund"),
        pytest.param("Ghana accused Togo of seizing a fishing boat and shelling its coast.",
                     ("ASSAULT", "TGO", None), id="conjoined_gerund"),
    ],
)  # fmt: skip
def test_the_accused_act_is_coded_as_the_accused_s(coder, text, want):
    typ, src, tgt = want
    got = [a for a in acts(coder, text) if a[0] == typ]
    assert got, acts(coder, text)
    assert all(a[3] == "asserted" for a in got)
    assert any(s[0].startswith(src) for a in got for s in [a[1]])
    if tgt:
        assert any(g and g[0].startswith(tgt) for a in got for g in [a[2]])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ghana accused Togo of corruption.", id="noun_charge"),
        pytest.param("Togo denied accusations of shelling the villages.", id="denied_accusations"),
        pytest.param("Ghana would accuse Togo of shelling the villages.", id="would_accuse"),
        pytest.param("Ghana did not accuse Togo of shelling the villages.", id="did_not_accuse"),
        pytest.param("The president accused the governor of failing to stop the riots.",
                     id="failing_to_stop"),
        pytest.param("Ghana accused Togo of not withdrawing its troops.", id="negated_gerund"),
        pytest.param("Kenya condemned Uganda for expelling its diplomats.", id="not_an_act_of_force"),
        pytest.param("Ghana accused Togo of arming the rebels.", id="arming_is_the_charge"),
        pytest.param("Ghana accused Togo of massing troops on the border.", id="build_up"),
    ],
)  # fmt: skip
def test_no_act_where_the_accusation_names_none(coder, text):
    assert [a for a in acts(coder, text) if a[3] == "asserted"] == []
