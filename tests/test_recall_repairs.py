"""Events lost to the parse or to actor resolution, each with its general repair: a "by"
agent the parser hung on another verb, and others below. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from .conftest import events_of, finder, keys

PUB = "2001-03-02"


found = finder(PUB)


# -- a passive's "by" phrase hung on another verb -------------------------------------------------
@pytest.mark.parametrize("text,src", [
    # on the gerund inside the passive's complement
    ("The former mayor has been accused of stealing public money by prosecutors.", "JUD"),
    ("The senator was accused of misleading voters by the Kenyan opposition.", "KEN"),
    # on the verb of an aside that the parser made the main verb
    ("The exiled president has been accused of embezzling up to $12 million in public money, much of "
     "it thought to have been hidden, by Ecuadorian government officials.", "ECU"),
])  # fmt: skip
def test_a_stray_by_phrase_is_the_passives_agent(coder, text, src):
    e = found(coder, text, "ACCUSE")
    assert e and any(src in (a["code"], a["country"]) for a in e[0]["source"]), e


def test_a_by_phrase_that_names_no_one_is_no_agent(coder):
    assert not found(coder, "The general was accused of seizing power by force.", "ACCUSE")


# -- a main verb the parser made a participle of its subject --------------------------------------
def test_a_main_verb_parsed_as_a_participle_of_its_subject(coder):
    # the parser makes "Volunteers" the root and "donated" a participle of "charities"
    e = found(
        coder,
        "Volunteers from two American charities donated and delivered medicine to a "
        "hospital in Baghdad.",
        "AID",
    )
    assert e and keys(e[0]["target"]) == {"IRQ"}, e
    assert not [a for a in e[0]["target"] if a["sector"] == ["NGO"]], e


def test_a_participle_without_an_object_is_still_said_of_its_noun(coder):
    # no direct object: a reduced passive, the noun is who it was done to
    e = found(
        coder, "Dozens of students detained during the protests were released on Monday.", "RETREAT"
    )
    assert not [x for x in e if x["source"] and x["source"][0]["text"].startswith("Dozens")], e


# -- a protest aimed at the rule it demands freedom from ------------------------------------------
def test_a_protest_demanding_independence_is_aimed_at_the_ruler(coder):
    e = found(
        coder,
        "Detainees rioted at a jail in New Caledonia on Friday, joining hundreds of marchers "
        "in demanding a vote on independence from French rule.",
        "PROTEST",
    )
    assert e and keys(e[0]["target"]) == {"FRA"}, e
    # no demand: the place's government, as before
    e = found(coder, "Protesters rioted in New Caledonia on Friday.", "PROTEST")
    assert e and "FRA" not in keys(e[0]["target"]), e


# -- an economy is no marketplace; a restriction "for" someone restricts them ----------------------
def test_a_restriction_of_the_labour_market_is_aimed_at_whom_it_is_for(coder):
    e = found(
        coder,
        "Denmark imposed restrictions on the Danish labour market for Bulgarian workers.",
        "COERCE",
    )
    assert e and keys(e[0]["target"]) == {"BGR"}, e
    e = found(coder, "Austria imposed restrictions on its labour market.", "COERCE")
    assert not [
        a
        for x in e
        for a in x["target"]
        if a["country"] == "AUT" and a["sector"] == ["CVL"] and a["text"] == "market"
    ], e
    # a marketplace is still where people are
    e = found(coder, "Government jets bombed a crowded market in Idlib province.", "ASSAULT")
    assert e and keys(e[0]["target"]) == {"SYR"}, e


# -- an unclaimed assassination attempt --------------------------------------------------------
@pytest.mark.parametrize("text,country", [
    ("An attempt to assassinate the mayor of Kandahar was foiled, police said.", "AFG"),
    ("An assassination attempt on the governor failed in Novosibirsk on Monday.", "RUS"),
])  # fmt: skip
def test_an_unclaimed_assassination_attempt_is_by_unidentified_attackers_of_the_place(
    coder, text, country
):
    e = found(coder, text, "ASSAULT")
    assert e and e[0]["cameo"] == "185", e
    assert [a["code"] for a in e[0]["source"]] == [country + "UAF"], e


def test_who_foils_an_attempt_did_not_make_it(coder):
    e = found(coder, "Police foiled an attempt to kill the mayor in Kandahar.", "ASSAULT")
    assert e and not [a for a in e[0]["source"] if "COP" in a["sector"]], e
    e = found(coder, "Rebels made an attempt to assassinate the governor.", "ASSAULT")
    assert e and "REB" in e[0]["source"][0]["sector"], e


# -- abuse in someone's custody ------------------------------------------------------------------
def test_torture_in_custody_is_by_the_custodian(coder):
    e = found(
        coder,
        "An Uighur detainee died from torture while held in Chinese police custody, "
        "a rights group said.",
        "ASSAULT",
    )
    assert e and [a["code"] for a in e[0]["source"]] == ["CHNCOP"], e
    assert e[0]["target"], e
    # no custody named: no doer, no event
    assert not found(coder, "A detainee died from torture, a rights group said.", "ASSAULT")


# -- barring candidates from the ballot is a ban --------------------------------------------------
def test_not_allowing_candidates_on_the_ballot_is_a_ban(coder):
    e = found(
        coder,
        "The election commission did not allow candidates from the opposition party to run "
        "in the vote.",
        "COERCE",
    )
    assert e and e[0]["cameo"] == "1722", e
    # announced for the future in a decree not yet enacted: a threat to ban (1322)
    e = found(
        coder,
        "The cabinet drafted a decree that will not allow candidates of the Liberal Party "
        "onto the ballot.",
        "THREATEN",
    )
    assert e and e[0]["cameo"] == "1322", e
    # an enacted decree bans (what a passed law will do is done by those who passed it)
    e = found(
        coder,
        "The cabinet endorsed a decree that will not allow candidates of the Liberal Party "
        "onto the ballot.",
        "COERCE",
    )
    assert e and e[0]["cameo"] == "1722", e
    # other refusals stay refusals
    assert found(
        coder, "The government will not allow foreign observers at the election.", "REJECT"
    )


def test_a_bodys_own_session_is_no_meeting(coder):
    assert not found(coder, "The Israeli cabinet met on Sunday.", "CONSULT")
    assert found(coder, "Putin met Xi in Moscow on Sunday.", "CONSULT")


# -- an organisation's own body is no target ----------------------------------------------------
def test_an_organisations_own_body_is_no_target_the_country_it_serves_is(coder):
    e = found(
        coder,
        "The Security Council agreed on Wednesday to a two-year renewal of the mandate of "
        "MONUSCO, the mission in Congo.",
        "AGREE",
    )
    assert e and keys(e[0]["target"]) == {"COD"}, e


# -- an object moved after a measure phrase ------------------------------------------------------
def test_an_object_moved_after_a_measure_phrase_is_still_the_object(coder):
    # the parser reads "by two hours" as the agent and the curfew as the next clause's subject
    e = found(
        coder,
        "President Museveni on Thursday shortened by two hours the evening curfew imposed in Uganda "
        "after a June mutiny rattled the police.",
        "CONCEDE",
    )
    assert e and e[0]["cameo"] == "0813" and keys(e[0]["source"]) == {"UGA"}, e


# -- weapons made for use against someone ---------------------------------------------------------
@pytest.mark.parametrize("text,cameo,src,tgt", [
    ("A militant group based in Chad says it is producing chemical weapons to use against France.",
     "1385", "TCD", {"FRA"}),
    ("Iran is developing missiles to use against Israel, the general said.", "138", "IRN", {"ISR"}),
])  # fmt: skip
def test_weapons_made_to_use_against_someone_are_a_threat(coder, text, cameo, src, tgt):
    e = found(coder, text, "THREATEN")
    assert (
        e
        and e[0]["cameo"] == cameo
        and keys(e[0]["source"]) == {src}
        and keys(e[0]["target"]) == tgt
    ), e


def test_weapons_made_for_no_one_named_are_no_threat(coder):
    assert not found(coder, "The army bought drones to use in the war.", "THREATEN")


# -- a noun event in an if-clause is the condition, not an event ---------------------------------
def test_a_noun_event_in_an_if_clause_is_no_event(coder):
    text = "The militants said they would attend the negotiations if the envoy granted them a veto on any accord."
    assert not found(coder, text, "REJECT")
    assert found(coder, "The Russian delegate cast a veto on the resolution on Friday.", "REJECT")


# -- a counterpart is of the other government ------------------------------------------------------
def test_a_counterpart_is_never_of_the_speakers_own_government(coder):
    e = found(coder, "The Kenyan foreign minister met his counterpart on Monday.", "CONSULT")
    assert e and not [a for a in e[0]["target"] if a["country"] == "KEN"], e
    e = found(
        coder,
        "Nepal rejected a Chinese offer of a rail deal, asking the counterpart to sign "
        "the regional pact instead.",
        "REQUEST",
    )
    assert e and keys(e[0]["target"]) == {"CHN"}, e
    e = found(
        coder, "Kenya's foreign minister phoned his Ugandan counterpart on Monday.", "CONSULT"
    )
    assert e and keys(e[0]["target"]) == {"UGA"}, e


def test_a_by_phrase_that_is_a_time_is_no_agent(coder):
    e = found(
        coder,
        "About 2,000 Colombian rebels have been demobilized since the peace accord, two rebel "
        "commanders told Reuters by phone Sunday.",
        "RETREAT",
    )
    assert e and keys(e[0]["source"]) == {"COL"}, e


# -- "N killed X, residents said": the parser makes the verb a participle of the noun (gold4) ----
def test_attack_noun_whose_verb_the_parser_made_a_participle_before_a_trailing_report(coder):
    text = (
        "Ethiopian drone strikes killed at least 15 people at a market on Saturday, residents said."
    )
    e = found(coder, text, "ASSAULT")
    assert e and keys(e[0]["source"]) == {"ETH"} and keys(e[0]["target"]) == {"ETH"}
    assert e[0]["target"][0]["code"] == "ETHCVL"


# -- a stated unwillingness is a refusal ----------------------------------------------------------
@pytest.mark.parametrize("text,src", [
    # negated readiness governing a concession the lexicon codes
    ("The Zambian government said it was not willing to meet the demands of the miners.", "ZMB"),
    ("Hamas said it was not ready to accept the Qatari proposal.", "PSE"),
    # the copula carries the negation; "accept" with an object the lexicon does not code
    ("The insurgents in Cabinda said they were not ready to accept any conditions.", None),
    ("Serbia is not prepared to accept the new terms.", "SRB"),
    # "unwilling to": the refusal wrapper
    ("The Zambian government said it was unwilling to accept the demands of the miners.", "ZMB"),
])  # fmt: skip
def test_not_ready_or_unwilling_to_yield_is_a_refusal(coder, text, src):
    ev = events_of(coder, text, PUB)
    rej = [e for e in ev if e["type"] == "REJECT"]
    assert rej and all(e["modality"] == "asserted" for e in rej), ev
    if src:
        assert src in keys(rej[0]["source"]), rej
    # the refused concession is not coded as made or offered
    assert not [e for e in ev if e["type"] in ("CONCEDE", "AGREE")], ev


def test_readiness_stays_an_offer_and_a_negated_threat_no_refusal(coder):
    assert found(coder, "The Zambian government said it was ready to meet the demands of the miners.",
                 "CONCEDE")  # fmt: skip
    assert not found(coder, "The Zambian army is not ready to attack.", "REJECT")


# -- a passive relative clause: the pronoun stands for the noun it describes ----------------------
@pytest.mark.parametrize("text,typ,src", [
    # the pattern names the object ("form militia"), which only the antecedent gives
    ("A militia, which was formed by the ruling party of Zimbabwe last year, patrols Harare.",
     "MOBILIZE", "ZWE"),
    ("The sanctions, which were imposed by the European Union in 2014, were extended.", "SANCTION", "EU"),
])  # fmt: skip
def test_a_passive_relative_clause_names_its_noun(coder, text, typ, src):
    e = found(coder, text, typ)
    assert e and src in keys(e[0]["source"]), e


# -- a regular past verb the parser tagged as an adjective ----------------------------------------
@pytest.mark.parametrize("text,kind,src,tgt", [
    # "annexed" an adjective root with a subject and an object
    ("Turkey annexed parts of Cyprus in 1974.", "COERCE", "TUR", "CYP"),
    # "relaxed" an adjective on "restrictions" in a verbless "the government of X ..." sentence
    ("The government of Ghana relaxed restrictions on imports from Togo.", "CONCEDE", "GHA", "TGO"),
])  # fmt: skip
def test_a_past_verb_tagged_as_an_adjective_is_the_verb(coder, text, kind, src, tgt):
    e = found(coder, text, kind)
    assert e, events_of(coder, text)
    assert src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


def test_an_ed_adjective_with_a_subject_but_no_object_stays_an_adjective():
    # built by hand: the small model rarely gives such a tree, so the guard is tested directly
    from spacy.tokens import Doc

    from dotterel.nlp import _past_verb_read_as_adjective, get_nlp

    nlp = get_nlp()

    def tree(words, heads, deps):
        tags = ["NNP", "JJ", "NNS", "."][: len(words)]
        pos = ["PROPN", "ADJ", "NOUN", "PUNCT"][: len(words)]
        doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
        _past_verb_read_as_adjective(doc, nlp)
        return doc[1]

    alone = tree(["Kenya", "annexed", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"])
    assert (alone.tag_, alone.pos_) == ("JJ", "ADJ")
    with_object = tree(["Kenya", "annexed", "islands", "."], [1, 1, 1, 1],
                       ["nsubj", "ROOT", "dobj", "punct"])  # fmt: skip
    assert (with_object.tag_, with_object.lemma_) == ("VBD", "annex")


def test_to_pressure_for_something_stays_a_verb():
    from dotterel.nlp import parse

    doc = next(
        parse(["Activists called on the Europeans to pressure for the release of the crew."])
    )
    w = next(t for t in doc if t.lower_ == "pressure")
    assert w.pos_ == "VERB", [(t.text, t.tag_, t.dep_) for t in doc]
