"""A body that votes a text through does what the text's participle says ("passed a
resolution censuring Syria": the censure), named by its organs ("the IAEA's Board of
Governors" is the IAEA); reactions to "the resolution" answer those who passed it, not
those who voted against; "the agency" is the body whose name holds the word."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-06-12")


def test_an_organ_named_with_its_organisations_possessive_is_that_organisation(coder):
    text = "VIENNA, June 12 - The IAEA's Board of Governors on Thursday censured Syria."
    evs = found(coder, text, "ACCUSE")
    assert evs and evs[0]["source"][0]["org"] == "IAEA", evs
    text = "VIENNA, June 12 - The UN nuclear watchdog's Board of Governors censured Syria."
    evs = found(coder, text, "ACCUSE")
    assert evs and evs[0]["source"][0]["org"] == "IAEA", evs


def test_a_resolution_passed_does_what_its_participle_says(coder):
    text = "The UN Security Council adopted a resolution condemning Eritrea on Thursday."
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["ERI"], evs
    text = "The Security Council adopted a resolution imposing sanctions on Sudan's army."
    assert found(coder, text, "SANCTION")
    # a draft proposed or vetoed only says what it would do
    assert not found(coder, "Britain proposed a resolution condemning Eritrea.", "ACCUSE")
    assert not found(coder, "Russia vetoed a draft resolution condemning Eritrea.", "ACCUSE")


def test_condemning_the_resolution_answers_its_backers_not_its_opponents(coder):
    text = (
        "GENEVA, June 12 - The UN Security Council on Thursday adopted a resolution condemning "
        "Eritrea. Russia and China voted against it. Eritrea's foreign ministry condemned the "
        "resolution as biased."
    )
    evs = [e for e in found(coder, text, "ACCUSE") if codes(e["source"])[0].startswith("ERI")]
    assert evs and not {a["country"] for a in evs[0]["target"]} & {"RUS", "CHN"}, evs
    assert evs[0]["target"] and evs[0]["target"][0]["org"] == "UNSC", evs


def test_the_agency_is_the_body_named_so_however_far_back(coder):
    text = (
        "VIENNA, June 12 - The International Atomic Energy Agency said its inspectors had "
        "visited the Arak reactor. Iran said the visit went well. Officials said talks would "
        "go on. Diplomats said U.N. sanctions could return. Iranian lawmakers are debating a "
        "bill that would suspend all cooperation with the agency."
    )
    evs = found(coder, text, "SANCTION")
    assert evs and evs[0]["target"] and evs[0]["target"][0]["org"] == "IAEA", evs
