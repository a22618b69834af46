"""An emphatic reflexive after a noun ("the border itself", "the president himself") only
stresses that noun: it is no pronoun standing for an actor told before."""

from tests.conftest import event_rows


def test_itself_after_a_noun_is_no_target(coder):
    text = (
        "The prime minister of Barbados said both leaders would meet on the island in May. "
        "Belize's president said he would attend but would not negotiate the boundary itself."
    )
    rows = event_rows(coder, text, "2026-04-02")
    rejects = [r for r in rows if r[0] == "REJECT"]
    assert rejects, rows
    assert "BRB" not in rejects[0][3], rows


def test_reflexive_object_still_resolves(coder):
    text = (
        "Chile's navy seized a fishing boat. The Peruvian government said it would defend itself."
    )
    rows = event_rows(coder, text, "2026-04-02")
    assert any(r[0] == "COERCE" for r in rows), rows
