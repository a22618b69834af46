"""Actor-side causes of missed or false events found by the blind gold articles (gold7-*,
gold8-*) and by news text, each tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, events_of, finder

found = finder("2026-06-12")


# -- an opposition figure's party is the opposition, and so are its supporters -------------------
def test_an_opposition_leaders_party_is_the_opposition(coder):
    text = (
        "DAR ES SALAAM (AFP) - A court on Monday charged opposition leader Juma Kweli with "
        "sedition over a speech, his Chadema party said. Police fired tear gas at hundreds of "
        "Chadema supporters and arrested 20 of them. Chadema called the charge a disgrace and "
        "urged the government to free Kweli."
    )
    assert [codes(e["target"]) for e in found(coder, text, "ASSAULT")] == [["TZAOPP"]]
    assert [codes(e["target"]) for e in found(coder, text, "COERCE")] == [["TZAOPP"]]
    assert [codes(e["source"]) for e in found(coder, text, "REQUEST")] == [["TZAOPP"]]


def test_a_party_named_before_supporters_is_their_side(coder):
    # a party the story never calls the opposition: its supporters are its people (its key)
    text = "Police in Dar es Salaam fired tear gas at Chadema supporters on Monday."
    e = found(coder, text, "ASSAULT")
    assert e and codes(e[0]["target"]) == ["TZAPTYCHD"], e


# -- the people the police hold at an opposition rally are the opposition (CODING.md) -----------
def test_people_arrested_at_an_opposition_rally_are_the_opposition(coder):
    text = (
        "HARARE (Reuters) - Police arrested 30 people at an opposition rally in Harare on Sunday."
    )
    assert [codes(e["target"]) for e in found(coder, text, "COERCE")] == [["ZWEOPP"]]
    # a rally of no protest group: the people stay the public
    text = "HARARE (Reuters) - Police arrested 30 people at a football match in Harare on Sunday."
    assert [codes(e["target"]) for e in found(coder, text, "COERCE")] == [["ZWECVL"]]


def test_the_crowd_dispersed_later_is_the_rally_broken_up_before(coder):
    text = (
        "LUSAKA (Reuters) - Zambian police fired tear gas on Saturday to break up an "
        "opposition rally in Lusaka, witnesses said.\n\nThe rally had been banned by police on "
        "Thursday. The Freedom Front challenged the ban in court.\n\nA police spokesman said "
        "officers had dispersed the crowd because organisers ignored orders to leave, and that "
        "officers arrested 25 people for unlawful assembly."
    )
    e = [x for x in found(coder, text, "COERCE") if x["cameo"] == "173"]
    assert [codes(x["target"]) for x in e] == [["ZMBOPP"]], e


def test_an_opposition_bloc_is_the_countrys_opposition(coder):
    text = "CHISINAU (Reuters) - The opposition Unity bloc accused the government of corruption."
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["MDAOPP"], e


# -- an organisation's acronym opening a sentence is its subject, not its verb -------------------
def test_an_acronym_opening_a_sentence_is_the_subject(nlp):
    from dotterel.nlp import parse

    doc = next(iter(parse(["ECOWAS imposed sanctions on the junta in January."])))
    assert doc[0].dep_ == "nsubj" and doc[0].head.text == "imposed", [(t.text, t.dep_) for t in doc]
    assert doc[1].dep_ == "ROOT" and doc[2].head.text == "imposed"


def test_an_acronym_opening_a_sentence_codes_its_act(coder):
    text = "ABUJA (Reuters) - ECOWAS imposed sanctions on the Malian junta on Sunday."
    e = found(coder, text, "SANCTION")
    assert e and codes(e[0]["source"]) == ["IGOWAF"], e


# -- a past verb the parser hung on its object as an adjective, with a subject of its own -------
def test_a_past_verb_read_as_a_modifier_is_the_clauses_verb(nlp):
    from dotterel.nlp import parse

    doc = next(iter(parse(["The Iran-backed Houthis fired missiles at a tanker near Aden."])))
    fired = next(t for t in doc if t.text == "fired")
    assert fired.dep_ == "ROOT", [(t.text, t.dep_, t.head.text) for t in doc]
    assert [(c.text, c.dep_) for c in fired.children if c.dep_ in ("nsubj", "dobj")] == [
        ("Houthis", "nsubj"),
        ("missiles", "dobj"),
    ]
    assert doc[-1].head == fired  # the phrases after the old root noun go to the verb
    said = next(iter(parse(["Officials said the Iran-backed Houthis fired missiles at a tanker."])))
    fired = next(t for t in said if t.text == "fired")
    assert fired.dep_ == "ccomp" and fired.head.text == "said", [(t.text, t.dep_) for t in said]


def test_a_past_verb_read_as_a_modifier_codes_its_act(coder):
    text = "SANAA (Reuters) - The Iran-backed Houthis fired missiles at Israel on Sunday."
    e = found(coder, text, "ASSAULT")
    assert e and codes(e[0]["source"]) == ["YEMREBHTH"] and codes(e[0]["target"]) == ["ISR"], e


# -- bare troops are the one army told of just before; with two armies, no guess ----------------
BORDER_RAID = (
    "COTONOU (Reuters) - Gunmen attacked an army post in Benin's northern Alibori department "
    "on Tuesday, killing six soldiers, the army said. Troops pursued the attackers and killed "
    "nine of them near the border with Burkina Faso. Soldiers also detained 12 suspects in the "
    "town of Karimama. The government condemned the attack."
)


def test_bare_troops_are_the_army_told_before(coder):
    e = found(coder, BORDER_RAID, "COERCE")
    assert [codes(x["source"]) for x in e] == [["BENMIL"]], e
    kills = [x for x in found(coder, BORDER_RAID, "ASSAULT") if x["trigger"] == "killed"]
    assert kills and codes(kills[0]["source"]) == ["BENMIL"], kills


def test_a_government_does_not_condemn_its_own_troops_answer(coder):
    e = found(coder, BORDER_RAID, "ACCUSE")
    assert e and "BENMIL" not in codes(e[0]["target"]), e


def test_bare_troops_after_two_armies_are_no_one(coder):
    from dotterel.actors import default_kb
    from dotterel.actors.resolve import Memory, SentenceActors
    from dotterel.nlp import parse

    text = (
        "Indian troops fired on Pakistani positions on Monday, and Pakistani soldiers returned "
        "fire. Troops were put on alert."
    )
    doc = next(iter(parse([text])))
    sa = SentenceActors(default_kb(), doc, None, Memory())
    for sent in doc.sents:
        sa.sentence_mentions(sent)
    troops = next(t for t in doc if t.text == "Troops")
    assert [a.country for a in sa.actors_for(troops)] == [None]


def _bare_member(text: str, word: str):
    """The actors of the last `word` in `text`, every sentence read in order."""
    from dotterel.actors import default_kb
    from dotterel.actors.resolve import Memory, SentenceActors
    from dotterel.nlp import parse

    doc = next(iter(parse([text])))
    sa = SentenceActors(default_kb(), doc, None, Memory())
    for sent in doc.sents:
        sa.sentence_mentions(sent)
    return sa.actors_for([t for t in doc if t.text == word][-1])


# -- bare troops and bare officers are one mechanism (countries._force_told): the one force of
# one country told of in this sentence or the three before
def test_bare_troops_and_officers_look_three_sentences_back():
    troops = _bare_member(
        "Gunmen attacked an army post in Benin's north, the Beninese army said. The attackers "
        "fled on motorbikes. Villagers hid in the forest for two days. Troops pursued them "
        "towards the border.",
        "Troops",
    )
    assert [a.country for a in troops] == ["BEN"], troops
    officers = _bare_member(
        "Zambian police fired tear gas at a crowd in Lusaka on Saturday. The crowd had gathered "
        "outside a court. Many shops closed early. Officers arrested 30 people.",
        "Officers",
    )
    assert [(a.country, a.sector) for a in officers] == [("ZMB", ["COP"])], officers


def test_bare_officers_after_two_countries_forces_are_no_one():
    officers = _bare_member(
        "Israeli troops closed the crossing on Monday, and Jordanian police stopped the lorries "
        "on the other side. Officers arrested two drivers.",
        "Officers",
    )
    assert not {a.country for a in officers} & {"ISR", "JOR"}, officers


# -- in an interview printed as questions and answers, "your" and "we" are the interviewee's ----
INTERVIEW = (
    "TUNIS (Reuters) - Tunisia will not reopen its border crossing with Libya, Foreign "
    "Minister Sami Trabelsi said on Monday. In an interview with Reuters, Trabelsi also said "
    "Tunisia had asked the EU for more help.\n\n"
    "Q: General Haftar offered last week to reopen the crossing. Why say no?\n\n"
    "A: The offer is not serious.\n\n"
    "Q: Relations with Libya soured after your coast guard seized a Libyan trawler in May. "
    "Do you regret it?\n\n"
    "A: No. We will not attend the regional ministers' meeting in Tripoli next month."
)


def test_your_in_an_interview_question_is_the_interviewees(coder):
    e = [x for x in found(coder, INTERVIEW, "COERCE") if "seized" in x["trigger"]]
    assert e and [a["country"] for a in e[0]["source"]] == ["TUN"], e


def test_we_in_an_interview_answer_is_the_interviewees(coder):
    e = found(coder, INTERVIEW, "CONSULT")
    assert e and [a["country"] for a in e[0]["source"]] == ["TUN"], e


# -- a bracketed acronym after a name owned by a country, and a description renamed by it ------
def test_an_acronym_after_an_owned_name_is_learnt(coder):
    text = (
        "ISLAMABAD (Reuters) - Pakistan's National Disaster Management Authority (NDMA) said "
        "on Monday that floods had killed 40 people. The NDMA urged residents to leave."
    )
    e = found(coder, text, "REQUEST")
    assert e and codes(e[0]["source"]) == ["PAKGOV"], e


def test_a_description_renamed_by_a_body_is_that_body(coder):
    text = (
        "ISLAMABAD (Reuters) - Floods killed 40 people, the National Disaster Management "
        "Authority (NDMA) said. The agency, the NDMA, urged residents to leave."
    )
    e = found(coder, text, "REQUEST")
    assert e and codes(e[0]["source"]) == ["PAKGOV"], e


# -- a city's port trust is its country's state body -------------------------------------------
def test_a_port_trust_is_the_state(coder):
    text = "DUBAI (Reuters) - The Mumbai Port Trust accused Iran of delaying the cargo."
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["INDGOV"], e


# -- a surname tagged as a nationality, and a group "called" X ----------------------------------
def test_a_surname_tagged_as_a_people_is_the_person_as_subject(coder):
    text = (
        'KAMPALA (Reuters) - "Museveni wants to see Kiir replaced," an aide said on Monday. '
        "He accused Kiir of corruption."
    )
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["UGAGOV"], e


def test_a_group_called_by_name_claims_the_attack(coder):
    text = (
        "KARACHI (Reuters) - A bomb exploded near a police station in Karachi on Sunday. A "
        "little-known group called the Sindh Liberation Front claimed responsibility for the "
        "bombing on Monday."
    )
    e = [x for x in events_of(coder, text, "2026-06-12") if x["type"] == "ASSAULT"]
    assert e and all(a["name"] == "Sindh Liberation Front" for a in e[-1]["source"]), e


# -- a foreign force reports on places of the country it fights in ------------------------------
def test_a_little_known_place_a_foreign_force_reports_is_in_the_host_country(coder):
    text = (
        "PEMBA, Mozambique (Reuters) - Rwandan troops, who have fought the insurgents alongside "
        "Mozambican forces since 2021, said they had retaken the village of Nkulo on Monday."
    )
    e = [x for x in events_of(coder, text, "2026-06-12") if x["location"]]
    assert e and all(x["location"]["country"] == "MOZ" for x in e), e


# -- a body's bracketed acronym names the body the phrase before it described ---------------------
def test_a_bracketed_acronym_of_a_known_body_names_the_phrase(coder):
    text = "GOMA (Reuters) - The UN peacekeeping mission in Congo (MONUSCO) condemned the attack."
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["IGOUNOMON"], e
    # a body coordinated before the bracket is not the bracketed one
    from dotterel.actors import default_kb
    from dotterel.actors.resolve import Memory, SentenceActors
    from dotterel.nlp import parse

    doc = next(iter(parse(["Talks between a settlers' movement and the Palestine Liberation "
                           "Organization (PLO) began in Oslo."])))  # fmt: skip
    sa = SentenceActors(default_kb(), doc, None, Memory())
    for sent in doc.sents:
        sa.sentence_mentions(sent)
    movement = next(t for t in doc if t.text == "movement")
    assert not any(a.org == "PLO" for a in sa.actors_for(movement, conjuncts=False))
