"""General causes found by the blind gold11 articles (gold/articles.jsonl, gold11-*), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, events_of, finder, keys

found = finder("2026-03-18")


# -- a court sitting in part is the court -------------------------------------------------------
def test_a_panel_of_a_court_convicts(coder):
    e = found(
        coder,
        "A panel of Peru's Supreme Court on Tuesday convicted three police officers.",
        "SANCTION",
    )
    assert e and e[0]["mode"] == "convict" and codes(e[0]["source"]) == ["PERJUD"], e
    assert codes(e[0]["target"]) == ["PERCOP"], e


# -- what a conviction is for is no act of its own ------------------------------------------
def test_the_charge_of_a_conviction_is_no_event(coder):
    text = ("A court in Lima on Tuesday convicted two army officers and a police agent of plotting "
            "to assassinate President Jose Jeri and seize the congress.")  # fmt: skip
    evs = events_of(coder, text, "2026-03-18")
    assert [e["type"] for e in evs] == ["SANCTION"], evs
    text = "A Kenyan court sentenced two men to 20 years for conspiring to bomb the parliament."
    assert [e["type"] for e in events_of(coder, text, "2026-03-18")] == ["SANCTION"]
    text = "Peru's Supreme Court convicts officers over plot to kill president"
    assert [e["type"] for e in events_of(coder, text, "2026-03-18")] == ["SANCTION"]
    # an attempt told as a fact is still an attack
    assert found(
        coder, "Gunmen tried to assassinate the Peruvian president in Lima on Monday.", "ASSAULT"
    )


# -- company nouns ------------------------------------------------------------------------------
def test_distributors_and_financial_institutions_are_companies(coder):
    e = found(
        coder,
        "The United States imposed sanctions on two Colombian chemical distributors.",
        "SANCTION",
    )
    assert e and codes(e[0]["target"]) == ["COLBUS"], e
    e = found(
        coder, "Washington imposed sanctions on three Mexican financial institutions.", "SANCTION"
    )
    assert e and codes(e[0]["target"]) == ["MEXBUS"], e


# -- the channel of a statement is not its addressee --------------------------------------------
def test_a_news_agency_carrying_a_warning_is_not_its_target(coder):
    text = ("Kim Yo Jong warned in a statement carried by the state news agency KCNA that Seoul "
            "would pay a dear price.")  # fmt: skip
    e = found(coder, text, "THREATEN", "2026-06-02")
    assert e and "KOR" in keys(e[0]["target"]) and "PRK" not in keys(e[0]["target"]), e
    # a news agency that is the object stays the target
    e = found(coder, "The Russian foreign ministry criticised the news agency Reuters.", "ACCUSE")
    assert e and e[0]["target"], e


# -- an arranged arrival ----------------------------------------------------------------------
def test_due_in_a_capital_is_a_planned_visit(coder):
    evs = events_of(coder, "China's foreign minister is due in New Delhi in December for the next round of talks.",
                    "2026-08-20")  # fmt: skip
    assert [(e["type"], e["modality"]) for e in evs] == [("CONSULT", "planned")], evs
    assert keys(evs[0]["target"]) == {"IND"}, evs
    # a defendant due in court pays no visit
    assert not found(coder, "The former Kenyan minister is due in court on Monday.", "CONSULT")
    # being there for talks is still a visit told as a fact
    e = found(
        coder,
        "The Chinese foreign minister was in New Delhi for talks on Monday.",
        "CONSULT",
        "2026-08-20",
    )
    assert e and e[0]["modality"] == "asserted", e


# -- a refusal to let someone do something is aimed at them --------------------------------------
def test_refusing_to_let_someone_act_is_aimed_at_them(coder):
    e = found(
        coder, "Sweden said China had refused to let Swedish prosecutors board the ship.", "REJECT"
    )
    assert e and keys(e[0]["source"]) == {"CHN"} and keys(e[0]["target"]) == {"SWE"}, e


# -- two clauses with their own doers are two acts ---------------------------------------------
def test_two_clauses_with_two_doers_of_one_state_are_two_acts(coder):
    text = ("In July the U.S. Treasury imposed sanctions on a Brazilian judge, and President "
            "Donald Trump raised tariffs on Brazilian goods to 50%.")  # fmt: skip
    e = found(coder, text, "SANCTION")
    assert len(e) == 2, e
    # a clause reported by the other is not a coordinated act of its own
    text = ("The Argentine presidential spokesman dismissed the strike as political and said the "
            "government would not back down on the reforms.")  # fmt: skip
    assert len(found(coder, text, "REJECT")) == 1
    # one doer told twice in one sentence is still one act
    text = "Kenyan police arrested the opposition leader on Monday and detained him in Nairobi."
    assert len(found(coder, text, "COERCE")) == 1


# -- a rally by a group, broken up: the crowd is that group, and its demand is the protest's ---------
def test_a_rally_by_students_broken_up_is_the_students(coder):
    text = ("Police fired tear gas on Tuesday to break up a rally by about 300 students demanding "
            "a referendum in Jayapura, and detained 14 of them.")  # fmt: skip
    evs = events_of(coder, text, "2026-10-07")
    assert "REQUEST" not in {e["type"] for e in evs}, evs
    e = [e for e in evs if e["type"] == "ASSAULT"]
    assert e and codes(e[0]["target"]) == ["IDNEDU"], e
    # protesters' demands are the protest's; a statement's demand is still a request
    text = (
        "Thousands of protesters demanding the president's resignation marched in Lima on Tuesday."
    )
    assert [e["type"] for e in events_of(coder, text, "2026-10-07")] == ["PROTEST"]
    assert found(coder, "The Peruvian opposition issued a statement demanding the president's resignation.",
                 "REQUEST")  # fmt: skip
