"""General causes found on long domestic-politics articles the rules were not written for
(the gold6 articles): people who speak for a body ("police spokesman", "union official",
"its secretary general"), acts named by a critic ("called the arrests an assault on
democracy"), nouns that refer back to a court's or a crowd's act ("criticised the ruling",
"supported the strike"), civic actors of the story's country. The sentences are written for
these tests (none is taken from an article)."""

from __future__ import annotations

from .conftest import codes, finder, keys

PUB = "2025-06-18"

found = finder(PUB)


def _codes_of(coder, text: str, typ: str, side: str = "source") -> list[list[str]]:
    return [codes(e[side]) for e in found(coder, text, typ)]


# -- people who speak or act for a body take the body's sector ------------------------------
def test_a_police_spokesman_is_police_not_government_and_police(coder):
    text = ("Zambian opposition leaders accused the police of brutality on Monday. Police "
            "spokesman Daniel Mwale rejected the accusations by the Zambian opposition.")  # fmt: skip
    got = _codes_of(coder, text, "REJECT")
    assert got and got[0] == ["ZMBCOP"], got


def test_bare_officers_are_the_police_told_of_before(coder):
    text = ("LUSAKA (Reuters) - Zambian police fired tear gas at protesters in Lusaka on Tuesday. "
            "Police spokesman Daniel Mwale said officers arrested 14 people in Zambia.")  # fmt: skip
    got = _codes_of(coder, text, "COERCE")
    assert got and all(c == ["ZMBCOP"] for c in got), got


def test_a_deputy_government_spokesman_is_government(coder):
    text = ("Malawian opposition leaders accused the government of rigging the vote. Deputy "
            "government spokesman Peter Banda rejected the accusations by the Malawian opposition.")  # fmt: skip
    got = _codes_of(coder, text, "REJECT")
    assert got and got[0] == ["MWIGOV"], got


def test_a_union_official_is_of_the_union_and_of_the_story_country(coder):
    text = ("ACCRA (Reuters) - Ghana's teachers' union began a strike in Ghana on Monday, and "
            "Ghanaian officials said the strike was illegal. Police in Ghana detained a regional "
            "union official in Kumasi on Tuesday.")  # fmt: skip
    got = [c for c in _codes_of(coder, text, "COERCE", "target")]
    assert got and got[0] == ["GHALAB"], got


def test_its_secretary_general_speaks_for_the_body_its_names(coder):
    text = ("Morocco's largest trade union federation called a general strike on Monday. Its "
            "secretary general, Ali Bennani, accused the Moroccan government of breaking its "
            "promises.")  # fmt: skip
    got = _codes_of(coder, text, "ACCUSE")
    assert got and got[0] == ["MARLAB"], got


def test_other_opposition_leaders_are_of_the_story_country(coder):
    text = ("HARARE (Reuters) - A Zimbabwean court jailed an opposition leader on Monday. "
            "Zimbabwe's government welcomed the ruling in Harare. Police in Zimbabwe arrested "
            "several other opposition leaders on Tuesday.")  # fmt: skip
    got = _codes_of(coder, text, "COERCE", "target")
    assert ["ZWEOPP"] in got, got


# -- a critic names someone else's act ----------------------------------------------------
def test_calling_the_arrests_an_assault_accuses_the_police_and_arrests_no_one(coder):
    text = ("KAMPALA (Reuters) - Ugandan police arrested 20 opposition activists in Kampala on "
            "Monday. Opposition leader Kizza Mbabazi called the arrests an assault on democracy.")  # fmt: skip
    acc = found(coder, text, "ACCUSE")
    assert acc and keys(acc[0]["target"]) == {"UGA"} and codes(acc[0]["target"]) == ["UGACOP"], acc
    arrests = found(coder, text, "COERCE")
    assert len(arrests) == 1 and codes(arrests[0]["source"]) == ["UGACOP"], arrests


def test_calling_a_probe_a_political_vendetta_is_criticism(coder):
    text = ("The Nigerian anti-graft agency filed charges against opposition senator Musa Bello "
            "on Monday. The Nigerian opposition called the case a political vendetta.")  # fmt: skip
    acc = [e for e in found(coder, text, "ACCUSE") if e["cameo"] == "111"]
    assert acc and keys(acc[0]["target"]) == {"NGA"}, acc


# -- nouns that refer back to a court's ruling or a crowd's strike ---------------------------
def test_criticising_the_ruling_is_aimed_at_the_court_s_state(coder):
    text = ("Cambodia's Supreme Court on Monday dissolved the opposition Candlelight Party. The "
            "United States criticised the ruling.")  # fmt: skip
    acc = [e for e in found(coder, text, "ACCUSE") if keys(e["source"]) == {"USA"}]
    assert acc and keys(acc[0]["target"]) == {"KHM"}, acc


def test_supporting_the_strike_supports_the_strikers(coder):
    text = ("Malawian teachers began a national strike on Monday. The Malawian opposition said "
            "it supported the strike.")  # fmt: skip
    sup = found(coder, text, "SUPPORT")
    assert sup and codes(sup[0]["target"]) == ["MWIEDU"], sup


# -- what commentators say or expect is no event --------------------------------------------
def test_economists_warnings_are_no_threat(coder):
    text = ("Economists warn that a long strike could delay a loan to Zambia from the "
            "International Monetary Fund.")  # fmt: skip
    assert not found(coder, text, "THREATEN"), found(coder, text, "THREATEN")


def test_a_quote_by_a_political_analyst_is_no_event(coder):
    text = ('"The Malawian government could seek a compromise with the unions," said John Phiri, '
            "a political analyst in Lilongwe.")  # fmt: skip
    assert not found(coder, text, "AGREE"), found(coder, text, "AGREE")


def test_some_after_analysts_are_commentators_too(coder):
    text = ("Analysts expect the crackdown to go on, though some suggest the Armenian government "
            "could offer an amnesty to the opposition.")  # fmt: skip
    assert not found(coder, text, "AGREE"), found(coder, text, "AGREE")


def test_a_critic_is_still_an_actor(coder):
    text = "Government critics accused the Malawian government of corruption on Monday."
    assert found(coder, text, "ACCUSE")


def test_a_critic_s_guess_is_no_event_but_what_a_critic_says_was_done_is(coder):
    """ "Critics said X could ...": a guess told by critics is no event, as an analyst's is
    not (events/extract/nonevents.py _idle); a critic's own hedged act is still one."""
    guess = "Critics said the Zambian government could ban the opposition party."
    assert not found(coder, guess, "COERCE") and not found(coder, guess, "THREATEN")
    done = "Critics said the Zambian government banned the opposition party."
    assert found(coder, done, "COERCE")
    assert found(coder, "Critics might stage protests against the Zambian government.", "PROTEST")


def test_an_analyst_s_guess_of_what_another_predicts_is_no_event(coder):
    """Whose guess it is: the subject of the nearest verb of saying ("said"), even with a
    "predicts" of someone else's between."""
    text = "Analysts said the Zambian government predicts the army could arrest opposition leaders."
    assert not found(coder, text, "COERCE") and not found(coder, text, "THREATEN")


# -- a day an act is set for ------------------------------------------------------------
def test_a_strike_called_for_a_weekday_is_planned_for_the_next_one(coder):
    e = found(coder, "The Zambian opposition called a general strike for Friday.", "PROTEST")
    # published Wednesday 2025-06-18: the coming Friday
    assert e and e[0]["modality"] == "planned" and e[0]["date"]["start"] == "2025-06-20", e


def test_an_arrest_for_a_past_day_s_protest_stays_asserted(coder):
    e = found(coder, "Zambian police arrested ten people for Monday's protest.", "COERCE")
    assert e and e[0]["modality"] == "asserted", e


# -- followers, a banned rally, a denial by naming, forces of the place ----------------------
def test_his_supporters_are_of_the_opposition_leader(coder):
    text = ("A court in Bishkek on Wednesday jailed Kyrgyz opposition leader Omurbek Sadykov. His "
            "supporters scuffled with Kyrgyz police outside the courthouse.")  # fmt: skip
    e = found(coder, text, "ASSAULT")
    assert e and {"KGZOPP", "KGZCOP"} <= set(codes(e[0]["source"]) + codes(e[0]["target"])), e


def test_banning_the_rally_broken_up_before_is_aimed_at_its_crowd(coder):
    text = ("HARARE (Reuters) - Zimbabwean police fired tear gas on Sunday to break up an opposition "
            "rally in Harare. Police had banned the rally on Friday.")  # fmt: skip
    bans = found(coder, text, "COERCE")
    assert bans and codes(bans[0]["target"]) == ["ZWEOPP"], bans


def test_calling_the_accusations_baseless_is_a_denial_of_the_accuser(coder):
    text = ("The Thai opposition accused the government of rigging the vote. The Thai government "
            "called the accusations baseless.")  # fmt: skip
    rej = found(coder, text, "REJECT")
    assert rej and codes(rej[0]["target"]) == ["THAOPP"], rej
    assert not [e for e in found(coder, text, "ACCUSE") if keys(e["source"]) == {"THA"}
                and codes(e["source"]) == ["THAGOV"]], found(coder, text, "ACCUSE")  # fmt: skip


def test_soldiers_firing_in_the_story_s_capital_are_its_army(coder):
    text = ("HARARE (Reuters) - Zimbabwe's opposition accused Zimbabwe's government of rigging the "
            "vote. On August 1, 2018, soldiers opened fire on opposition supporters in Harare.")  # fmt: skip
    e = found(coder, text, "ASSAULT")
    assert e and codes(e[0]["source"]) == ["ZWEMIL"], e


# -- "the court", "who" after a place, anti-graft bodies --------------------------------------
def test_the_court_is_the_national_court_not_the_last_international_body(coder):
    text = ("Cambodia's Supreme Court dissolved the opposition Candlelight Party on Monday. The "
            "European Union criticised the ruling. It is the second time that the court has "
            "dissolved a Cambodian opposition party.")  # fmt: skip
    bans = found(coder, text, "COERCE")
    assert bans and all(codes(e["source"]) == ["KHMJUD"] for e in bans), bans


def test_who_after_an_envoy_in_a_capital_is_the_envoy(coder):
    text = ("The European Union's ambassador in Dhaka, who met Bangladeshi Prime Minister Farida "
            "Rahman on Tuesday, urged the government to respect the right to protest.")  # fmt: skip
    e = found(coder, text, "CONSULT")
    assert e and keys(e[0]["source"]) == {"EU"}, e


def test_an_anti_corruption_commission_is_a_state_body(coder):
    text = ("Bangladesh's Anti-Corruption Commission filed charges against opposition leader "
            "Kamal Uddin on Monday.")  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["BGDGOV"], e


def test_all_sides_in_a_one_country_story_are_that_country(coder):
    text = ("NAIROBI (Reuters) - Kenyan police fired tear gas at protesters in Nairobi. Kenya's "
            "opposition accused Kenya's government of brutality. The U.S. embassy in Nairobi urged "
            "all sides to refrain from violence.")  # fmt: skip
    e = [x for x in found(coder, text, "REQUEST") if keys(x["source"]) == {"USA"}]
    assert e and keys(e[0]["target"]) == {"KEN"}, e


def test_all_parties_with_no_story_country_are_no_one(coder):
    e = found(coder, "The United Nations urged all parties to spare civilians.", "REQUEST")
    assert all(not any(a["country"] for a in x["target"]) for x in e), e


def test_police_and_opposition_activists_are_two_groups(coder):
    text = ("DHAKA (Reuters) - In October 2013, at least 15 people died in clashes between "
            "Bangladeshi police and opposition activists in Dhaka.")  # fmt: skip
    e = found(coder, text, "ASSAULT")
    assert e and {"BGDCOP", "BGDOPP"} <= set(codes(e[0]["source"])), e


def test_the_ruling_is_the_court_s_act_not_the_last_accusation(coder):
    text = ("BANGKOK (Reuters) - Thailand's Constitutional Court on Thursday dissolved the opposition "
            "New Horizon Party. Thailand's opposition accused the Thai government of pressing the "
            "court. The European Union criticised the ruling.")  # fmt: skip
    e = [x for x in found(coder, text, "ACCUSE") if keys(x["source"]) == {"EU"}]
    assert e and keys(e[0]["target"]) == {"THA"} and "OPP" not in codes(e[0]["target"])[0], e
