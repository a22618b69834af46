"""Fourth round of causes found on the lowest-scoring gold dev subsets (gold12 to gold15):
headlines whose doer is unnamed, rounds of talks that end as planned, a subject the parser
hangs on a fronted phrase, opposition parties and their supporters, and the state answering
a call made at home. Each test sentence is invented."""

from tests.conftest import codes, events_of, finder

PUBLISHED = "2024-05-02"
found = finder(PUBLISHED)


# -- a headline whose doer names no country is the body's event told in brief ----------------
def test_headline_with_an_unnamed_doer_joins_the_bodys_event(coder):
    text = (
        "Drone attack on Odesa kills five\n\n"
        "Russian drones struck apartment buildings in Odesa overnight, killing five people, "
        "Ukrainian officials said."
    )
    evs = found(coder, text, "ASSAULT")
    assert len(evs) == 1 and codes(evs[0]["source"]) == ["RUSMIL"], evs


def test_headline_with_an_unnamed_doer_joins_an_old_event_of_the_body(coder):
    text = (
        "Rebel leader jailed by military court dies at 70\n\n"
        "Omar Said, who led a rebellion against Sudan's army in the 1990s, was jailed in 2004 "
        "by a military court in Khartoum."
    )
    evs = found(coder, text, "SANCTION")
    assert len(evs) == 1 and codes(evs[0]["source"]) == ["SDNJUD"], evs


# -- a round of talks that ends is a round held, not talks broken off -------------------------
def test_ending_a_round_of_talks_is_a_meeting_held(coder):
    text = (
        "Bolivia's government and the Tupac rebels ended their fifth round of peace talks in "
        "Oslo on Friday."
    )
    evs = events_of(coder, text, PUBLISHED)
    assert [e["cameo"] for e in evs] == ["046"], evs
    # breaking off the talks is still a sanction
    evs = events_of(
        coder, "Bolivia's government ended peace talks with the Tupac rebels on Friday.", PUBLISHED
    )
    assert [e["cameo"] for e in evs] == ["164"], evs


# -- the parser hangs the subject on a fronted phrase's last name as its apposition -----------
def test_subject_read_as_apposition_of_a_fronted_phrase(coder):
    text = (
        "After nine days of closed-door talks at a hotel on the northern edge of Oslo, "
        "Bolivia's government and the Tupac rebels ended their fifth round of peace talks."
    )
    evs = events_of(coder, text, PUBLISHED)
    assert [(e["cameo"], codes(e["source"])) for e in evs] == [("046", ["BOLGOV"])], evs


# -- "the opposition X Party" is the opposition; its supporters are the crowd told of ---------
def test_opposition_party_unknown_to_the_knowledge_base_is_the_opposition(coder):
    text = "Chile's opposition Green Party called for a referendum on the mining law."
    evs = found(coder, text, "REQUEST")
    assert evs and codes(evs[0]["source"]) == ["CHLOPP"], evs


def test_party_named_in_apposition_to_a_party_noun_decides_its_supporters(coder):
    text = (
        "Supporters of Obi's party, the opposition Peoples Democratic Party (PDP), rallied "
        "outside the tribunal in Abuja on Friday, and police fired tear gas to disperse them."
    )
    evs = events_of(coder, text, PUBLISHED)
    protest = [e for e in evs if e["type"] == "PROTEST"]
    gas = [e for e in evs if e["type"] == "ASSAULT"]
    assert protest and codes(protest[0]["source"]) == ["NGAOPP"], evs
    # "them" is the crowd of supporters the police dispersed, not the party
    assert gas and codes(gas[0]["target"]) == ["NGAOPP"], evs


def test_police_disperse_them_after_supporters_of_a_party(coder):
    text = (
        "Supporters of the opposition Ghana Freedom Party gathered outside the court in Accra "
        "on Thursday, and police fired tear gas to disperse them."
    )
    gas = found(coder, text, "ASSAULT")
    assert gas and codes(gas[0]["target"]) == ["GHAOPP"], gas


# -- the state rejects a call made at home with no addressee: the caller is the target -------
def test_rejecting_a_call_made_at_home_answers_the_caller(coder):
    text = (
        "Chile's opposition Green Party called for a referendum on the mining law. President "
        "Tomas Reyes rejected the call for a referendum."
    )
    evs = found(coder, text, "REJECT")
    assert evs and codes(evs[0]["target"]) == ["CHLOPP"], evs
    # a foreign state was not called on: no target
    text = (
        "Chile's opposition Green Party called for a referendum on the mining law. Bolivia "
        "rejected the call for a referendum."
    )
    evs = found(coder, text, "REJECT")
    assert evs and not evs[0]["target"], evs


# -- a third party's bare concern is about the story's forceful acts --------------------------
def test_bare_concern_is_aimed_at_the_storys_aggressor(coder):
    text = (
        "Chinese warships fired water cannon at a Vietnamese fishing boat near the Paracel "
        "Islands on Monday. Japan's foreign ministry voiced concern and urged restraint."
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["CHNMIL"], evs
    # no forceful act told: concern about nothing named has no target
    evs = found(coder, "Vietnam's parliament passed a budget. Japan voiced concern.", "ACCUSE")
    assert evs and not evs[0]["target"], evs


# -- "the two ministers" after "a meeting between X and his counterpart, hosted by Y" ---------
def test_the_two_ministers_are_the_pair_that_met_not_the_host(coder):
    text = (
        "The agreement was reached at a meeting in Doha between Kenyan Defence Minister John "
        "Otieno and his Ugandan counterpart, Peter Okello, hosted by Qatari Defence Minister "
        "Khalid al-Thani. The two ministers also agreed to exchange intelligence on cattle raiding."
    )
    evs = found(coder, text, "AGREE")
    assert evs and set(codes(evs[0]["source"]) + codes(evs[0]["target"])) == {"KENGOV", "UGAGOV"}, (
        evs
    )


# -- "accusing them of" after a coordinated object: all those the main act was aimed at -------
def test_accusing_them_after_a_coordinated_object_accuses_all_of_them(coder):
    text = (
        "Canada on Wednesday imposed sanctions on two Ugandan generals and three ADF commanders, "
        "accusing them of directing attacks in eastern Congo."
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["UGAMIL", "CODREBADF"], evs
    # "one of his deputies" are no lawmakers: the accused are those expelled
    text = (
        "Burkina Faso has ordered the expulsion of the country director of the Danish Refugee "
        "Council and one of his deputies, accusing them of collecting security information."
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["DNKNGODRC"], evs
