"""A common noun of an international organisation's body with the organisation named before
it ("the UN observer mission in Lebanon", "the UN's office") is that organisation acting: a
subject a later "it" refers to, not the thing its clause goes on to tell of."""

from __future__ import annotations

from tests.helpers import mention_codes, mentions


def test_a_un_mission_is_the_un_and_the_subject_it_refers_to(kb):
    text = (
        "The UN observer mission in Lebanon said an Israeli bulldozer had crossed the border "
        "line near Kfar Kila on Tuesday. It said it had filed a complaint with the Israeli army."
    )
    got = mentions(kb, text, "2024-05-02")
    assert mention_codes(got, "UN observer mission") == ["IGOUNO"], got
    assert mention_codes(got, "It") == ["IGOUNO"], got
    assert mention_codes(got, "it") == ["IGOUNO"], got


def test_the_un_s_office_is_the_un(kb):
    got = mentions(kb, "The UN's office in Bamako said Malian soldiers had detained two aid workers.",
                   "2024-05-02")  # fmt: skip
    assert mention_codes(got, "UN's office") == ["IGOUNO"], got


def test_a_report_of_the_un_is_no_body(kb):
    got = mentions(kb, "A UN report said Sudanese troops had shelled villages.", "2024-05-02")
    assert mention_codes(got, "UN report") == [], got
