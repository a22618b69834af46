"""Causes of labelled-type misses (meetings, calls, support) found by reading the synthetic
stories in round 10; each a general construction. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys, parties

PUB = "2021-03-08"

found = finder(PUB)


# -- "pledged at the end of a meeting", "discussed it in a phone call": the clause's subject -------
# -- took part in the gathering it is told at ------------------------------------------------------
@pytest.mark.parametrize("text,cameo,who", [
    ("Ecuador and Uruguay pledged at the end of a three-day meeting in Quito to lower tariffs.",
     "040", {"ECU", "URY"}),
    ("The Finnish foreign minister said at a meeting with her Estonian counterpart that the "
     "ferry link would reopen.", "040", {"FIN", "EST"}),
    ("Mongolia's president and Kazakhstan's president discussed the border dispute in a "
     "phone call on Sunday.", "041", {"MNG", "KAZ"}),
    ("The Kenyan president said in a telephone call to his Ugandan counterpart that trade "
     "would resume.", "041", {"KEN", "UGA"}),
    ("The Danish and Icelandic ministers agreed on the sidelines of the summit to share "
     "fishing data.", "040", {"DNK", "ISL"}),
])  # fmt: skip
def test_subject_of_a_clause_told_at_a_meeting_took_part(coder, text, cameo, who):
    e = [x for x in found(coder, text, "CONSULT") if x["cameo"] == cameo]
    assert e, found(coder, text, "CONSULT")
    got = {k[:3] for k in parties(e[0])}
    assert who <= got, e


@pytest.mark.parametrize("text", [
    # other acts told during talks are not done by those at the talks
    "Militants shelled a market in Idlib during the talks in Astana.",
    # a news conference is no meeting of the speaker's with anyone
    "The Finnish foreign minister said at a news conference that the ferry link would reopen.",
    # a meeting that did not happen is no meeting of the speaker's
    "The Finnish foreign minister did not speak at the meeting.",
    # one who only speaks at a meeting or call, alone or to the press, holds no talks
    "The Bolivian foreign minister said at a meeting of his party on Sunday that Peru would pay.",
    "The Ugandan premier said in a phone call with journalists that Kenya was to blame.",
])  # fmt: skip
def test_other_clauses_at_a_gathering_are_no_meeting(coder, text):
    assert not found(coder, text, "CONSULT")


# -- "issued a statement of mutual respect": a statement whose content is support ------------------
@pytest.mark.parametrize("text,src", [
    ("The presidents of Peru and Samoa adopted a joint declaration of respect in Lima.", "PER"),
    ("The Chilean government released a declaration of solidarity with Haiti.", "CHL"),
    ("Chile issued a statement of support for the Fijian government.", "CHL"),
])  # fmt: skip
def test_a_statement_of_support_is_support(coder, text, src):
    e = found(coder, text, "SUPPORT")
    assert e and src in {k[:3] for k in keys(e[0]["source"])}, e


def test_a_plain_statement_is_no_support(coder):
    assert not found(coder, "Fiji issued a statement on Friday about the storm.", "SUPPORT")


# -- "began talks", "launched negotiations": beginning talks is holding them -------------------------
@pytest.mark.parametrize("text,src", [
    ("Gabon and Congo began talks on Monday in Libreville.", "GAB"),
    ("Envoys from Gabon and Congo started negotiations on Tuesday.", "GAB"),
])  # fmt: skip
def test_beginning_talks_is_a_meeting(coder, text, src):
    e = found(coder, text, "CONSULT")
    assert e and src in {k[:3] for k in keys(e[0]["source"])}, e


@pytest.mark.parametrize("text", [
    "Analysts said the talks were a failure.",
    # opening accession talks is a step of a membership bid, not a meeting told here
    "Moldova, which opened talks on the same day as Georgia, is watching closely.",
])  # fmt: skip
def test_talks_judged_or_opened_are_no_meeting(coder, text):
    assert not found(coder, text, "CONSULT")
