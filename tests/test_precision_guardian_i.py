"""False events seen on a ninth fresh sample of long real news articles (reports, letters,
comment and a feature on Syria, Turkey and the Yazidis), with invented sentences: acts a
country "is yet to" do, an envoy's report to a council, people "accused of" something after
a comma, and fighting "with" allies against a named enemy."""

from __future__ import annotations

from .conftest import codes, events_of


def _of_type(evs, typ):
    return [e for e in evs if e["type"] == typ]


def test_an_act_one_is_yet_to_do_has_not_happened(coder):
    for text, typ in (
        ("Egypt is yet to offer asylum to the refugees.", "AID"),
        ("The Kenyan government has yet to release the detainees.", "RETREAT"),
        ("Kenya is yet to hold talks with Uganda.", "CONSULT"),
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), typ)
        assert evs and all(e["modality"] == "negated" for e in evs), (text, evs)
    # an act arranged for the future stays planned or announced, not denied
    evs = events_of(coder, "Under the deal, Kenya is to release 40 detainees.", "2024-05-02")
    assert evs and all(e["modality"] != "negated" for e in evs), evs


def test_reporting_on_something_to_a_council_is_no_complaint(coder):
    evs = events_of(
        coder, "The envoy will report on the talks to the Security Council on Friday.", "2024-05-02"
    )
    assert not _of_type(evs, "ACCUSE"), evs
    evs = _of_type(
        events_of(coder, "Britain reported Iran to the Security Council.", "2024-05-02"),
        "ACCUSE",
    )
    assert evs and codes(evs[0]["target"]) == ["IRN"], evs


def test_people_accused_of_something_after_a_comma_are_not_the_accusers(coder):
    evs = events_of(
        coder, "Three French men are in Iraqi custody, accused of spying for Iran.", "2024-05-02"
    )
    assert not [e for e in evs if any(a["country"] == "FRA" for a in e["source"])], evs
    # the participle's own agent still accuses; an active participle clause keeps its doer
    evs = _of_type(
        events_of(
            coder,
            "Two Kenyan journalists were freed, accused by the Ugandan army of spying.",
            "2024-05-02",
        ),
        "ACCUSE",
    )
    assert evs and codes(evs[0]["source"]) == ["UGAMIL"], evs
    evs = _of_type(
        events_of(coder, "Backed by Russian jets, Syrian troops attacked the town.", "2024-05-02"),
        "ASSAULT",
    )
    assert evs and codes(evs[0]["source"]) == ["SYRMIL"], evs


def test_fighting_with_allies_in_a_war_against_an_enemy_targets_the_enemy(coder):
    evs = _of_type(
        events_of(
            coder,
            "Kenyan soldiers fought with Ugandan troops in the war against al-Shabaab.",
            "2024-05-02",
        ),
        "ASSAULT",
    )
    assert evs and all("UGA" not in codes(e["target"]) for e in evs), evs
    assert any(codes(e["target"]) == ["SOMREBSHB"] for e in evs), evs
    # without an enemy named, "fought with" is fighting against
    evs = _of_type(
        events_of(
            coder, "Kenyan soldiers fought with Ugandan troops in the border town.", "2024-05-02"
        ),
        "ASSAULT",
    )
    assert evs and codes(evs[0]["target"]) == ["UGAMIL"], evs


def test_talks_not_going_well_still_happen(coder):
    evs = _of_type(
        events_of(coder, "The talks between Kenya and Uganda were not going well.", "2024-05-02"),
        "CONSULT",
    )
    assert evs and evs[0]["modality"] == "asserted", evs
    evs = _of_type(
        events_of(coder, "The talks between Kenya and Uganda did not go ahead.", "2024-05-02"),
        "CONSULT",
    )
    assert evs and evs[0]["modality"] == "negated", evs


def test_an_event_supposed_to_say_what_it_would_bring_is_no_event(coder):
    for text in (
        "The general warned that a Russian offensive on the city would lead to a catastrophe.",
        "A Kenyan attack on Somalia could ruin the economy.",
        # "any" imagines an act as "a" does (events/modality.py imagined_subject)
        "Any Kenyan attack on the rebels could trigger a war, officials said.",
    ):
        assert not _of_type(events_of(coder, text, "2024-05-02"), "ASSAULT"), text
    # whether it happens is its modality; an event told as real stays
    evs = _of_type(
        events_of(coder, "A Kenyan attack on Somalia could take place on Monday.", "2024-05-02"),
        "ASSAULT",
    )
    assert evs and evs[0]["modality"] == "possible", evs
    evs = _of_type(
        events_of(
            coder, "The general said a Russian attack on the town killed ten people.", "2024-05-02"
        ),
        "ASSAULT",
    )
    assert evs and evs[0]["modality"] == "asserted", evs


def test_a_verdict_is_read_in_its_own_words_not_in_a_clause_inside_it(coder):
    text = (
        "Uganda and Kenya met in Kampala. The envoy said the visit represented a real test of"
        " whether both camps truly seek a pact that stops the war."
    )
    assert not _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
    text = (
        "Ugandan police arrested ten Kenyan traders on Monday. Kenya said the arrests amounted"
        " to a violation of the deal that ended the war."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["KEN"], evs


def test_the_two_leaders_named_before_are_not_the_armies_of_an_event_in_their_sentence(coder):
    text = (
        "The scheme was approved on Tuesday by William Ruto and his Ugandan counterpart, Yoweri"
        " Museveni, during talks in Arusha. The corridor is to stay safe from Somali and"
        " Ethiopian shelling and should open by 3 March, the two leaders agreed."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "AGREE")
    assert evs and all(
        a["country"] in ("KEN", "UGA") for e in evs for a in e["source"] + e["target"]
    ), evs


def test_what_one_is_safe_or_protected_from_is_no_event(coder):
    evs = events_of(
        coder, "The zone will be safe from Somali and Ethiopian shelling.", "2024-05-02"
    )
    assert not _of_type(evs, "ASSAULT"), evs
    evs = events_of(
        coder,
        "Kenya deployed troops to protect civilians from attacks by al-Shabaab.",
        "2024-05-02",
    )
    assert not _of_type(evs, "ASSAULT"), evs
    evs = _of_type(
        events_of(coder, "Civilians fled from the Ethiopian shelling of the town.", "2024-05-02"),
        "ASSAULT",
    )
    assert evs and codes(evs[0]["source"]) == ["ETHMIL"], evs


def test_people_captured_are_detained_or_abducted_not_conquered(coder):
    evs = events_of(
        coder, "The militia captured three foreigners suspected of smuggling weapons.", "2024-05-02"
    )
    assert [e["cameo"] for e in evs if e["trigger"] == "captured"] == ["173"], evs
    evs = events_of(coder, "Rebels captured two French aid workers near the border.", "2024-05-02")
    assert [e["cameo"] for e in evs if e["trigger"] == "captured"] == ["181"], evs
    # a town captured is territory taken (COERCE 192, gold/CODING.md), no detention
    evs = events_of(
        coder, "Sudanese rebels captured the town of Kutum from government forces.", "2024-05-02"
    )
    assert [e["cameo"] for e in evs if e["trigger"] == "captured"] == ["192"], evs


def test_they_after_names_that_are_no_actors_is_those_people(coder):
    text = (
        "His sister got a fine after sharing Facebook posts. Smith and Jones were touring"
        " western Kenya when they were detained in March."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "COERCE")
    assert evs and not [a for e in evs for a in e["target"] if a["org"] == "META"], evs
    # coordinated actors stay the pronoun's antecedents
    text = (
        "Kenyan police arrested two Ugandan traders on Monday. Kenya and Uganda signed a border"
        " deal after they met in Arusha."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "CONSULT")
    assert evs and {a["country"] for e in evs for a in e["source"] + e["target"]} == {"KEN", "UGA"}


def test_a_toll_foreseen_in_a_warning_is_no_threat(coder):
    for text in (
        "The general warned that 20,000 people could be killed.",
        "Kenya warned Uganda not to attack the town, warning that thousands of people could be"
        " killed.",
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), "THREATEN")
        assert all(e["cameo"] != "1383" for e in evs), (text, evs)
    # a warning that people will be arrested is still a threat
    evs = _of_type(
        events_of(coder, "Kenyan police warned that protesters could be arrested.", "2024-05-02"),
        "THREATEN",
    )
    assert evs, evs


def test_an_appeal_in_a_relative_clause_of_place_governs_its_infinitive(coder):
    # "a summit at which X pleaded with Y to halt the offensive": the halt is what is asked,
    # not an act of the one who asks
    text = (
        "At a summit at which the Kenyan president pleaded with Uganda to halt the offensive,"
        " nothing was agreed."
    )
    evs = events_of(coder, text, "2024-05-02")
    assert not _of_type(evs, "RETREAT"), evs
    assert [e["cameo"] for e in _of_type(evs, "REQUEST")] == ["0256"], evs
    # a relative clause whose object is the noun it describes still agrees to it
    evs = events_of(
        coder, "Kenya broke the truce that Uganda and Kenya agreed in May.", "2024-05-02"
    )
    assert _of_type(evs, "CONCEDE"), evs


def test_a_person_s_arrest_or_conviction_names_who_underwent_it(coder):
    text = (
        "Ugandan police detained two Kenyan traders on Monday. Their arrests came a week after a"
        " border clash."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "COERCE")
    assert not [e for e in evs if e["trigger"] == "arrests"], evs
    # a state's arrest of people, and "their arrest of" someone, keep their doers
    evs = _of_type(
        events_of(
            coder, "Russia's arrest of the two Estonian officers drew protests.", "2024-05-02"
        ),
        "COERCE",
    )
    assert evs and codes(evs[0]["source"]) == ["RUS"], evs
    evs = _of_type(
        events_of(
            coder, "Kenyan police said their arrest of the protesters was lawful.", "2024-05-02"
        ),
        "COERCE",
    )
    assert evs and codes(evs[0]["source"]) == ["KENCOP"], evs


def test_a_modal_hung_on_the_auxiliary_be_still_counts(coder):
    evs = _of_type(
        events_of(coder, "Britain should be leading condemnation of these killings.", "2024-05-02"),
        "ACCUSE",
    )
    assert evs and evs[0]["modality"] == "hypothetical", evs
    evs = _of_type(
        events_of(coder, "Kenya could be preparing an attack on Somalia.", "2024-05-02"), "MOBILIZE"
    )
    assert evs and evs[0]["modality"] == "possible", evs


def test_militias_raised_by_no_one_named_did_not_raise_themselves(coder):
    evs = events_of(
        coder,
        "In Darfur, local militias raised as village guards later joined the fighting.",
        "2024-05-02",
    )
    assert not _of_type(evs, "MOBILIZE"), evs
    evs = _of_type(
        events_of(coder, "Militias were raised by the Sudanese army in Darfur.", "2024-05-02"),
        "MOBILIZE",
    )
    assert evs and codes(evs[0]["source"]) == ["SDNMIL"], evs


def test_a_bullet_ends_a_sentence():
    from dotterel.nlp import paragraphs

    got = [
        p.text
        for p in paragraphs("We are complicit. Jane Smith, Leeds \u2022 Last week the envoy spoke.")
    ]
    assert got == ["We are complicit. Jane Smith, Leeds", "Last week the envoy spoke."], got


def test_a_state_s_envoy_to_a_body_is_the_state_s(coder):
    for text, want in (
        (
            "Ann Lee, the Kenya permanent representative at the UN body, complained to the"
            " Ugandans about the raid.",
            "KENGOV",
        ),
        ("Mary Jones, the British ambassador to the UN, complained to Russia.", "GBRGOV"),
        ("The permanent representative of France to the UN criticised Russia.", "FRA"),
        # the body's own envoy stays the body's
        ("Mary Jones, the UN envoy to Yemen, criticised the Houthis.", "IGOUNO"),
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
        assert evs and codes(evs[0]["source"])[0].startswith(want), (text, evs)


def test_what_one_warns_against_has_not_happened(coder):
    evs = events_of(coder, "Kenya warned against a Ugandan offensive on the town.", "2024-05-02")
    assert not _of_type(evs, "ASSAULT"), evs
    assert _of_type(evs, "THREATEN"), evs
    # an attack told as done stays
    evs = events_of(coder, "Kenya warned Uganda after a Ugandan attack on the town.", "2024-05-02")
    assert _of_type(evs, "THREATEN"), evs
