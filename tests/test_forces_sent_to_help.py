"""Where forces go decides what sending them is: troops sent to help another state are aid to
it (a promise to send them is a promise of aid, AGREE 0334, as for police: gold/CODING.md),
while troops or arms sent into the sender's own territory are a deployment (MOBILIZE), even
when the region is named by the countries across its border."""

from tests.conftest import event_rows


def test_promise_to_send_troops_to_help_another_army(coder):
    rows = event_rows(
        coder, "Algeria promised to send troops to help the Malian army.", "2026-05-04"
    )
    assert [r for r in rows if r[0] == "AGREE" and r[2] == ["DZA"] and r[3] == ["MLI"]], rows
    assert not [r for r in rows if r[0] == "MOBILIZE"], rows


def test_troops_sent_to_support_a_government_are_aid(coder):
    rows = event_rows(
        coder, "Rwanda sent troops to support the Mozambican government.", "2026-05-04"
    )
    assert [r for r in rows if r[0] == "AID" and r[1] == "074" and r[3] == ["MOZ"]], rows


def test_troops_sent_to_the_border_stay_a_deployment(coder):
    rows = event_rows(coder, "India sent more troops to its border with China.", "2026-05-04")
    assert [r for r in rows if r[0] == "MOBILIZE"], rows


def test_arms_sent_into_own_region_are_a_deployment(coder):
    text = (
        "Peru has sent 20 armoured vehicles to its southern region of Tacna, on the border "
        "with Chile and Bolivia, the defence ministry said."
    )
    rows = event_rows(coder, text, "2026-05-04")
    assert [r for r in rows if r[0] == "MOBILIZE" and r[2][0].startswith("PER")], rows
    assert not [r for r in rows if r[0] == "AID"], rows


def test_arms_sent_abroad_stay_aid(coder):
    rows = event_rows(coder, "Poland sent 30 armoured vehicles to Ukraine.", "2026-05-04")
    assert [r for r in rows if r[0] == "AID" and r[3] == ["UKR"]], rows
