"""Event constructions the coder missed or miscoded (round 12), each tested on invented
sentences."""

from __future__ import annotations

from .conftest import events_of, finder, keys

found = finder("2025-03-05")


# -- a sanction announced with no condition is a planned sanction, not a threat ------------
def test_an_unconditional_announced_sanction_is_planned(coder):
    for text in (
        "Tokyo said it would blacklist a further six companies next week.",
        "The EU will impose new sanctions on Belarus next week, the commission said.",
        "The United States said on Tuesday it would impose sanctions on three Iranian officials.",
    ):
        sa = found(coder, text, "SANCTION")
        assert sa and sa[0]["modality"] == "planned", events_of(coder, text, "2025-03-05")
        assert not found(coder, text, "THREATEN"), text
    # on a condition, warned of or threatened, it stays a threat
    for text in (
        "The EU said it would impose sanctions on Belarus if the crackdown continued.",
        "Canada warned it would impose sanctions on Moscow.",
        "Japan threatened to impose sanctions on North Korea.",
    ):
        assert found(coder, text, "THREATEN"), events_of(coder, text, "2025-03-05")
        assert not found(coder, text, "SANCTION"), text


# -- "will not hesitate to act": action held over someone is a threat ----------------------
def test_not_hesitating_to_act_is_a_threat(coder):
    for text, src in (
        (
            'Israel "will not hesitate to act again" if Iran enriches uranium, the minister said.',
            "ISR",
        ),
        (
            "Turkey would not hesitate to act against any threat on its border, the president said.",
            "TUR",
        ),
    ):
        th = found(coder, text, "THREATEN")
        assert th and keys(th[0]["source"]) == {src}, events_of(coder, text, "2025-03-05")
    text = "Qatar said it would not hesitate to act as a go-between."
    assert not found(coder, text, "THREATEN"), events_of(coder, text, "2025-03-05")


# -- "took the dispute to the ICJ": a lawsuit (ACCUSE 115), the court is not its target ----
def test_taking_a_dispute_to_a_court_is_a_lawsuit(coder):
    for text in (
        "Belize took the dispute to the International Court of Justice in 2019.",
        "Chile said it would take the matter to the ICJ.",
    ):
        acc = found(coder, text, "ACCUSE")
        assert acc and acc[0]["cameo"] == "115", events_of(coder, text, "2025-03-05")
        assert not any(a["code"].startswith("IGOUNOICJ") for a in acc[0]["target"]), acc
        assert not found(coder, text, "REQUEST"), text
    # to the Security Council it stays an appeal
    text = "Pakistan said it would take the matter to the UN Security Council."
    assert found(coder, text, "REQUEST"), events_of(coder, text, "2025-03-05")


# -- "took Bukavu": a place taken with "take" is occupied (COERCE 192) --------------------
def test_a_place_taken_with_take_is_occupied(coder):
    for text in (
        "The rebels took Bukavu in February.",
        "Russian troops took the town of Avdiivka in February.",
        "The Taliban took Kandahar in August 2021.",
    ):
        co = found(coder, text, "COERCE")
        assert co and co[0]["cameo"] == "192", events_of(coder, text, "2025-03-05")
    for text in (
        "The singer took London by storm.",
        "The attack took Kyiv by surprise.",
        "Johnson took Britain out of the European Union in 2020.",
        "The minister took Paris as an example.",
        "The president took Beijing at its word.",
        "The plane took the minister to Kyiv on Monday.",
    ):
        assert not found(coder, text, "COERCE"), events_of(coder, text, "2025-03-05")


# -- "took the army base": the nouns the "take" pattern allows are places taken too -------
def test_a_base_or_garrison_taken_with_take_is_occupied(coder):
    for text in (
        "Separatist fighters took the army garrison near Lorvane on Tuesday.",
        "Separatist fighters took the army base near Lorvane on Tuesday.",
    ):
        co = found(coder, text, "COERCE")
        assert co and co[0]["cameo"] == "192", events_of(coder, text, "2025-03-05")


# -- "seized X in January and took Y the following month": two acts, not one told twice ----
def test_two_places_taken_in_one_sentence_are_two_seizures(coder):
    for text in (
        "The rebels seized Goma in January and took Bukavu the following month.",
        "The rebels captured the town of Goma and seized the town of Bukavu.",
        "Police arrested two activists in Lagos on Monday and detained a journalist in Abuja on "
        "Tuesday.",
        # the same verb twice: two verbs still (compared by position, not by word)
        "The rebels seized Uvira in January and seized Walikale in March.",
    ):
        evs = [e for e in events_of(coder, text, "2025-03-05") if e["type"] == "COERCE"]
        assert len(evs) == 2, evs
    # one verb, two places: one act
    text = "Police arrested dozens of protesters in Nairobi and Mombasa on Monday."
    assert len(found(coder, text, "COERCE")) == 1, events_of(coder, text, "2025-03-05")


# -- "each side blamed the other", "X and Y each accused the other": coded each way -------
def test_each_blamed_the_other_is_coded_each_way(coder):
    for text, pair in (
        ("Kenya and Somalia each blamed the other for the collapse of the talks.", {"KEN", "SOM"}),
        (
            "Fighting between Sudan's army and the RSF resumed on Monday near Kosti. Each side "
            "accused the other of breaking the truce.",
            None,
        ),
        (
            "Clashes between Armenian and Azerbaijani troops erupted on Monday. Each side blamed the "
            "other.",
            None,
        ),
    ):
        acc = found(coder, text, "ACCUSE")
        assert len(acc) == 2, events_of(coder, text, "2025-03-05")
        for e in acc:
            assert len(e["source"]) == 1 and len(e["target"]) == 1, e
            assert e["source"][0]["code"] != e["target"][0]["code"], e
        if pair:
            assert {next(iter(keys(e["source"]))) for e in acc} == pair, acc


# -- "urged X to A and Y to B": the gapped appeal is a second demand, addressed to Y -------
def test_an_appeal_gapped_in_the_second_conjunct_is_addressed_to_its_subject(coder):
    text = "The UN urged Ethiopia to allow aid into Tigray and Eritrea to release the prisoners."
    req = found(coder, text, "REQUEST")
    assert [next(iter(keys(e["target"]))) for e in req] == ["ETH", "ERI"], req
    text = "Washington urged Uganda to withdraw its troops and the rebels to halt their advance."
    req = found(coder, text, "REQUEST")
    assert len(req) == 2 and keys(req[0]["target"]) == {"UGA"}, req
    # the second, gapped request is addressed to the rebels, not Uganda again
    assert [t["sector"] for t in req[1]["target"]] == [["REB"]], req
    # "halted the advance of": something else's advance, no military de-escalation
    text = "The central bank halted the advance of the currency."
    assert not found(coder, text, "RETREAT"), events_of(coder, text, "2025-03-05")


# -- "build-up", "walk-out", "call-up": one token, read as the word without its hyphen -----
def test_hyphenated_particle_nouns_are_the_words_without_hyphen(coder):
    from dotterel.nlp import parse
    from dotterel.prefilter import Prefilter

    doc = next(parse(["Opposition MPs staged a walk-out after the build-up of troops."]))
    words = {t.text: t for t in doc}
    assert words["walk-out"].pos_ == "NOUN" and words["walk-out"].dep_ == "dobj"
    assert "build-up" in words
    for hyph, plain in (
        (
            "Opposition MPs staged a walk-out from parliament.",
            "Opposition MPs staged a walkout from parliament.",
        ),
        (
            "Russia's build-up of troops near Georgia alarmed Tbilisi.",
            "Russia's buildup of troops near Georgia alarmed Tbilisi.",
        ),
        (
            "Police launched a crack-down on protesters in Lome.",
            "Police launched a crackdown on protesters in Lome.",
        ),
    ):
        got = [(e["type"], e["cameo"]) for e in events_of(coder, hyph, "2025-03-05")]
        assert got and got == [
            (e["type"], e["cameo"]) for e in events_of(coder, plain, "2025-03-05")
        ], hyph
    text = "Moscow announced a call-up of 150,000 reservists."
    assert found(coder, text, "MOBILIZE"), events_of(coder, text, "2025-03-05")
    # the pre-filter reads them as the parser does (its events stay the same)
    pf = Prefilter(coder.lexicon, kb=coder.kb)
    assert "walkout" in pf.lemmas("walk-outs") and "buildup" in pf.lemmas("build-up")


# -- dates: "during a war in June 2025"; "agreed to resume talks in March" ----------------
def test_a_time_inside_a_during_phrase_dates_the_clause(coder):
    text = "Israel struck Iranian nuclear sites during a 12-day war in June 2025, the report said."
    ev = found(coder, text, "ASSAULT", "2026-02-05")
    assert ev and ev[0]["date"]["start"] == "2025-06-01", ev


def test_an_agreement_is_dated_when_made_not_when_what_is_agreed_will_happen(coder):
    for text, start in (
        ("Kenya and Tanzania agreed to resume talks in March.", "2026-01-29"),
        ("Kenya and Tanzania agreed in January to resume talks in March.", "2026-01-01"),
        ("The UN urged Kenya to hold talks with Tanzania next week.", "2026-01-29"),
    ):
        ev = [e for e in events_of(coder, text, "2026-02-05") if e["type"] in ("AGREE", "REQUEST")]
        assert ev and ev[0]["date"]["start"] == start, (text, ev)
    # a plain day may be the saying's own
    ev = found(
        coder, "The rebels threatened to attack the city on Friday.", "THREATEN", "2026-02-05"
    )
    assert ev and ev[0]["date"]["start"] == "2026-01-30", ev
    # a plan is dated when it will happen
    ev = found(coder, "Kenya plans to hold talks with Tanzania next week.", "CONSULT", "2026-02-05")
    assert ev and ev[0]["date"]["start"] == "2026-02-09", ev


# -- "approved the sale of fighter jets to Poland": an approved arms sale is military aid ---
def test_an_approved_arms_sale_is_aid(coder):
    text = "The United States approved the sale of 40 fighter jets to Romania."
    aid = found(coder, text, "AID")
    assert aid and aid[0]["cameo"] == "072" and keys(aid[0]["target"]) == {"ROU"}, events_of(
        coder, text, "2025-03-05"
    )
    assert not found(coder, text, "SUPPORT"), text
    text = "Shareholders approved the sale of the company to a rival."
    assert not events_of(coder, text, "2025-03-05"), text


def test_the_prefilter_keeps_the_new_constructions(coder):
    from dotterel.prefilter import Prefilter

    pf = Prefilter(coder.lexicon, kb=coder.kb)
    for text in (
        "Israel will not hesitate to act again, the minister said.",
        "The army would not hesitate to respond.",
        "Opposition MPs staged a walk-out from parliament.",
        "The rebels took Bukavu in February.",
    ):
        assert pf.can_hold_event(pf.tokenizer(text)), text


# -- "suspended all development financing to Guinea": aid cut off is a sanction ------------
def test_financing_suspended_to_a_state_is_a_sanction(coder):
    for text in (
        "ECOWAS suspended all development financing to Mali.",
        "The World Bank froze financing for Niger after the coup.",
    ):
        sa = found(coder, text, "SANCTION")
        assert sa and sa[0]["cameo"] == "1621", events_of(coder, text, "2025-03-05")
    text = "The company suspended financing for the project."
    assert not events_of(coder, text, "2025-03-05"), text


# -- a bare-country headline stands for its state's organs, not its rebels or parties ------
def test_a_bare_country_headline_joins_a_state_organs_act_only(coder):
    rebels = (
        "Colombia demands release of kidnapped engineers\n\n"
        "BOGOTA (Reuters) - The ELN guerrilla group on Tuesday demanded the release of its "
        "jailed commanders in exchange for two engineers it abducted in Arauca."
    )
    assert len(found(coder, rebels, "REQUEST", published="2024-05-02")) == 2
    state = (
        "Colombia demands release of kidnapped engineers\n\n"
        "BOGOTA (Reuters) - Colombia's defence ministry on Tuesday demanded the release of two "
        "engineers the ELN guerrilla group abducted in Arauca."
    )
    assert len(found(coder, state, "REQUEST", published="2024-05-02")) == 1
