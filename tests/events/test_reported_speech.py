"""Reported speech: quotes, speech verbs, reports and statements: the speaker's act and the
reported one."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import _events_2025_06_26 as _events
from tests.helpers import (
    _of_type,
    coded_2021_05_12_2,
    found_2001_03_02,
    found_2003_05_06,
    found_2021_03_08,
    found_2024_05_02,
    found_2025_03_12,
    found_2025_05_05,
    found_2026_10_01,
    found_2026_11_20,
    one,
    starts,
)
from tests.helpers import coded_2021_05_12 as coded

found = finder("2026-06-12")
PUBLISHED = "2025-05-05"


def test_a_statement_quoted_after_a_colon_is_the_speakers(coder):
    text = (
        "Kenya's foreign ministry has just issued a statement:\n\n"
        '"We condemn the expulsion of our diplomats and call on Mogadishu to reverse it."'
    )
    e = found(coder, text, "ACCUSE")
    assert e and keys(e[0]["source"]) == {"KEN"}, e
    text = 'Kenya\'s foreign ministry issued a statement: "We condemn the expulsion."'
    e = found(coder, text, "ACCUSE")
    assert e and keys(e[0]["source"]) == {"KEN"}, e


def test_a_quote_after_an_unrelated_paragraph_has_no_speaker_from_before(coder):
    text = (
        "Kenya's foreign ministry has just issued a statement:\n\n"
        "The border crossing at Mandera stayed shut on Friday.\n\n"
        '"We condemn the expulsion of our diplomats."'
    )
    assert not found(coder, text, "ACCUSE")


def test_a_confirmed_report_is_still_the_report_s_content(coder):
    """Only a denial reaches into the reports: what a confirmed report says is told as
    before, asserted."""
    got = coded_2021_05_12_2(
        coder, "Kampala confirmed reports that its troops had shelled the border village."
    )
    assert not [g for g in got if g[4] == "negated"], got


def test_what_a_court_says_will_be_done_is_no_threat(coder):
    text = "A judge in Quito said the assets of the former minister would be confiscated."
    assert not found_2024_05_02(coder, text, "THREATEN"), events_of(coder, text, "2024-05-02")
    co = found_2024_05_02(coder, text, "COERCE")
    assert co and co[0]["modality"] == "planned" and "JUD" in codes(co[0]["source"])[0], co
    # a government's announcement stays a threat
    text = "The government said the assets of the oligarchs would be confiscated."
    assert found_2024_05_02(coder, text, "THREATEN"), events_of(coder, text, "2024-05-02")


def test_a_verdict_told_in_a_statement_accuses_too(coder):
    text = "France said in a joint statement that Mali's conduct was a violation of the agreement."
    acc = found_2026_10_01(coder, text, "ACCUSE")
    assert acc and keys(acc[0]["source"]) == {"FRA"} and keys(acc[0]["target"]) == {"MLI"}, acc


def test_saying_it_would_send_crude_is_a_promise(coder):
    e = found(coder, "Hungary said it would send crude to Serbia.", "AGREE")
    assert e and e[0]["cameo"] == "0311" and e[0]["modality"] == "asserted", e
    assert codes(e[0]["source"]) == ["HUN"] and codes(e[0]["target"]) == ["SRB"], e


def test_saying_he_would_invite_rebels_for_talks_is_an_offer_made(coder):
    e = found(
        coder, "The Indonesian president said he would invite rebel leaders for talks.", "AGREE"
    )
    assert e and e[0]["cameo"] == "036" and e[0]["modality"] == "asserted", e


def test_must_in_reported_speech_is_a_demand(coder):
    e = one(
        coder, "The Danish foreign minister said Latvia must release the two fishermen.", "REQUEST"
    )
    assert starts(e["source"]) == {"DNK"} and codes(e["target"]) == ["LVA"]
    assert not [
        x
        for x in coded(
            coder, "The Danish foreign minister said Latvia must release the two fishermen."
        )
        if x[0] == "RETREAT"
    ]


def test_reported_speech_codes_the_reported_event(coder):
    got = coded(
        coder, "Officials in Nairobi said Somali militants attacked a Kenyan border post on Sunday."
    )
    assert len(got) == 1
    typ, src, tgt, mod = got[0]
    assert (
        typ == "ASSAULT"
        and src[0].startswith("SOM")
        and tgt[0].startswith("KEN")
        and mod == "asserted"
    )


def test_what_a_signed_statement_commits_to_is_the_signing(coder):
    got = coded(
        coder, "Peru and Chile signed a statement committing both sides to work toward peace."
    )
    assert [g[0] for g in got] == ["SUPPORT"]


def test_an_accusation_hung_on_the_reported_clause_is_the_speakers(coder):
    # the parser makes "blamed" a conjunct of "were" inside what was said
    e = one(
        coder,
        "A Kremlin spokesman said on Monday that the negotiations were stalled and blamed Tbilisi "
        "for the delay.",
        "ACCUSE",
    )
    assert codes(e["source"])[0].startswith("RUS") and codes(e["target"])[0].startswith("GEO")


def test_subject_it_is_the_main_subject_not_one_reported_on(coder):
    text = (
        "The U.N. mission in South Sudan, UNMISS, said it was alarmed by reports that SPLM-IO "
        "fighters had killed 12 villagers near Nasir. It urged the army and the rebels to let "
        "aid agencies into the area."
    )
    evs = found_2026_11_20(coder, text, "REQUEST")
    assert [e["source"][0]["org"] for e in evs] == ["UNMISS"], evs


def test_speech_verb_after_a_quoted_clause_is_the_speakers(coder):
    text = ('Houthi leader Abdul-Malik al-Houthi said the movement would never stop "while a single '
            'warship remains in our waters" and accused London of "serving Washington".')  # fmt: skip
    evs = found_2026_11_20(coder, text, "ACCUSE")
    assert evs and evs[0]["source"][0]["org"] == "HOUTHIS", evs
    assert keys(evs[0]["target"]) == {"GBR"}, evs


def test_a_speech_verb_after_a_report_inside_a_reported_clause_is_the_speakers(coder):
    # "said the ruling showed that '...' and rejected ...": the parser hangs "rejected" on
    # the quoted clause two levels down; the speaker rejects
    evs = _events(
        coder,
        'Armenian Speaker Alen Simonyan said the verdict showed that "nobody is above the law" '
        "and rejected criticism from Moscow as meddling.",
    )
    rej = [e for e in evs if e["type"] == "REJECT"]
    assert rej and codes(rej[0]["source"])[0].startswith("ARM"), evs
    assert codes(rej[0]["target"])[0].startswith("RUS"), evs


def test_a_habit_told_in_a_quote_is_no_event(coder):
    # a material act in the simple present inside a quote is what the actor does again and
    # again; the same quote in the past, in the progressive, or a speech act stays an event
    text = (
        '"They shell our villages in the morning and invite us to talks in the afternoon,"'
        " the rebel spokeswoman said."
    )
    assert not found_2025_05_05(coder, text, "ASSAULT")
    text = '"Kenya sends soldiers, the soldiers stay for a month, and then the raids start again," a trader said.'
    assert not found_2025_05_05(coder, text, "MOBILIZE")
    text = '"Russian troops shelled Kharkiv last night," the Ukrainian governor said.'
    assert [e["type"] for e in events_of(coder, text, PUBLISHED)] == ["ASSAULT"]
    text = '"Russian troops are shelling Kharkiv now," the Ukrainian governor said.'
    assert [e["type"] for e in events_of(coder, text, PUBLISHED)] == ["ASSAULT"]
    text = '"We condemn this attack on our embassy," the Kenyan foreign minister said.'
    assert [e["type"] for e in events_of(coder, text, PUBLISHED)] == ["ACCUSE"]


def test_a_foreign_command_reporting_its_own_strike_speaks_of_the_story_country(coder):
    text = ("MOGADISHU, Somalia - The United States Africa Command said it carried out an air "
            "strike near the town of Kurtunwaarey on Wednesday at the request of the Somali "
            "government, killing four militants.")  # fmt: skip
    evs = found_2024_05_02(coder, text, "ASSAULT")
    assert evs and evs[0]["location"]["country"] == "SOM", evs


@pytest.mark.parametrize("text", [
    "There is disagreement about whether the suspects should be arrested.",
    "Not one application for entry to the prison has been approved since March.",
    "One of the captives, who was finally set free, gave an interview.",
])  # fmt: skip
def test_no_state_is_supplied_for_an_act_not_said_to_be_done(coder, text):
    # the state is the implied doer of an agentless arrest or release only when the text
    # says it was (or will be) done; freed hostages are freed by their captors
    evs = events_of(coder, "Kenyan police raided the camp. " + text, "2018-02-09")
    assert not [e for e in evs if e["sentence_index"] == 1], evs


def test_a_warning_that_another_is_acting_reports_the_act(coder):
    evs = events_of(
        coder, "Ukraine warned that Russia is massing troops on the border.", "2024-05-02"
    )
    assert not _of_type(evs, "THREATEN"), evs
    mob = _of_type(evs, "MOBILIZE")
    assert mob and codes(mob[0]["source"]) == ["RUS"], evs
    evs = events_of(
        coder, "Kenya warned that Somalia had deployed troops near the border.", "2024-05-02"
    )
    assert not _of_type(evs, "THREATEN") and _of_type(evs, "MOBILIZE"), evs
    # a warning of what will be done is still a threat
    for text in (
        "Iran warned that its forces would strike American bases.",
        "Israel warned that Hezbollah will pay a heavy price.",
    ):
        assert _of_type(events_of(coder, text, "2024-05-02"), "THREATEN"), text


def test_what_an_anonymous_source_discusses_with_the_reporter_is_no_meeting(coder):
    text = "Two Chilean officials spoke on condition of anonymity to discuss relations with Peru."
    assert not found_2024_05_02(coder, text, "CONSULT"), text
    text = "The Peruvian minister met Chilean officials to discuss the border."
    assert found_2024_05_02(coder, text, "CONSULT"), text


def test_a_participle_without_an_object_is_still_said_of_its_noun(coder):
    # no direct object: a reduced passive, the noun is who it was done to
    e = found_2001_03_02(
        coder, "Dozens of students detained during the protests were released on Monday.", "RETREAT"
    )
    assert not [x for x in e if x["source"] and x["source"][0]["text"].startswith("Dozens")], e


@pytest.mark.parametrize("text,src,tgt", [
    ("Bolivia said the Chilean decision amounted to a breach of international law.", "BOL", "CHL"),
    ("Vietnam said a decision by Cambodia to close the border amounted to a violation of the treaty.",
     "VNM", "KHM"),
    ("Pakistan said the Indian strike constituted a flagrant violation of its sovereignty.", "PAK", "IND"),
    ("Serbia said the Croatian sanctions represented a dangerous provocation.", "SRB", "HRV"),
])  # fmt: skip
def test_an_act_said_to_amount_to_a_violation_is_criticised(coder, text, src, tgt):
    e = found_2003_05_06(coder, text, "ACCUSE")
    assert e and src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


@pytest.mark.parametrize("text,src", [
    ("The presidents of Peru and Samoa adopted a joint declaration of respect in Lima.", "PER"),
    ("The Chilean government released a declaration of solidarity with Haiti.", "CHL"),
    ("Chile issued a statement of support for the Fijian government.", "CHL"),
])  # fmt: skip
def test_a_statement_of_support_is_support(coder, text, src):
    e = found_2021_03_08(coder, text, "SUPPORT")
    assert e and src in {k[:3] for k in keys(e[0]["source"])}, e


def test_a_plain_statement_is_no_support(coder):
    assert not found_2021_03_08(
        coder, "Fiji issued a statement on Friday about the storm.", "SUPPORT"
    )


def test_a_quoted_verdict_after_a_noun_phrase_is_a_disapproval_of_the_act_told(coder):
    text = ("ALMATY (Reuters) - Kazakhstan closed its border with Kyrgyzstan on Friday. Kyrgyzstan's "
            'foreign ministry called the closure of the border "unacceptable".')  # fmt: skip
    acc = found_2025_03_12(coder, text, "ACCUSE")
    assert acc and keys(acc[0]["source"]) == {"KGZ"} and keys(acc[0]["target"]) == {"KAZ"}, acc
    # the closure named is Kazakhstan's, told before: not a second closure by Kyrgyzstan
    assert not [x for x in found_2025_03_12(coder, text, "COERCE") if keys(x["source"]) == {"KGZ"}]


def test_soldiers_a_ministry_reports_on_are_its_own(coder):
    text = ("ASUNCION (Reuters) - Paraguay's defence ministry said soldiers had been deployed to "
            "guard the dam.")  # fmt: skip
    e = found_2025_03_12(coder, text, "MOBILIZE")
    assert e and codes(e[0]["source"]) == ["PRYMIL"], e
    # forces the speaker warns are not its own
    text = "Iran tested a missile, which it said was a warning to hostile forces."
    assert all("IRNMIL" not in codes(x["source"]) or "forces" not in x["source"][0]["text"]
               for x in found_2025_03_12(coder, text, "MOBILIZE"))  # fmt: skip
