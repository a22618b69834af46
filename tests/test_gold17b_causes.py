"""General causes found by the blind gold17-05..08 articles (gold/articles.jsonl), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, events_of, finder, keys

found = finder("2026-11-24")


# -- "The five, three nurses and two drivers detained at a checkpoint, were released": the -----
# -- participle after a noun phrase misread as a clause with that phrase as its doer ----------
def test_participle_read_as_clause_is_a_reduced_relative(nlp):
    from dotterel.nlp import parse

    doc = next(parse([
        "The five, three nurses and two drivers detained at a checkpoint near Kadugli, were "
        "released on Friday, the ministry said."
    ]))  # fmt: skip
    detained = next(t for t in doc if t.text == "detained")
    released = next(t for t in doc if t.text == "released")
    nurses = next(t for t in doc if t.text == "nurses")
    assert detained.dep_ == "acl" and detained.head == nurses
    assert nurses.head == released and nurses.dep_ == "nsubjpass"
    # a true coordination is left alone
    doc = next(parse(["Protesters marched to parliament and were dispersed by police."]))
    marched = next(t for t in doc if t.text == "marched")
    assert marched.dep_ == "ROOT"


def test_those_detained_are_no_doers(coder):
    text = (
        "The five, three nurses and two drivers detained at a checkpoint near Kadugli, were "
        "released on Friday, the ministry said."
    )
    evs = events_of(coder, text, "2026-11-20")
    assert evs, evs
    for e in evs:
        assert "nurses" not in " ".join(a["text"] for a in e["source"]), e
    text = (
        "The three, two teachers and a cook abducted in the raid on the school, were flown to "
        "Abuja on Friday, the army said."
    )
    for e in events_of(coder, text, "2026-11-20"):
        assert "teachers" not in " ".join(a["text"] for a in e["source"]), e


# -- "began joint patrols": patrols of two forces together are cooperation ------------------
def test_joint_patrols_begun_are_cooperation(coder):
    for text in (
        "Kenyan and Somali police began joint patrols along the border on Monday.",
        "Sudanese army and allied militia units began joint patrols on Monday in the border "
        "districts of Kassala.",
    ):
        assert found(coder, text, "COOPERATE"), events_of(coder, text, "2026-11-24")
        assert not found(coder, text, "MOBILIZE"), text
    # one force's patrols stay a deployment
    text = "Indian troops began patrols along the border on Monday."
    assert found(coder, text, "MOBILIZE") and not found(coder, text, "COOPERATE")


# -- "granted bail to 30 detainees", "handed three hostages to the Red Cross": releases ------
def test_bail_granted_is_a_release(coder):
    text = "A magistrate's court in Chittagong granted bail to 30 opposition activists on Tuesday."
    evs = found(coder, text, "RETREAT")
    assert evs and evs[0]["cameo"] == "0841", evs
    assert codes(evs[0]["source"]) == ["BGDJUD"], evs


def test_hostages_handed_to_an_intermediary_are_released_to_their_country(coder):
    text = "The militants handed three Kenyan hostages to the Red Cross in Gedo on Thursday."
    evs = found(coder, text, "RETREAT")
    assert evs and evs[0]["cameo"] == "0841", evs
    assert keys(evs[0]["target"]) == {"KEN"}, evs


# -- "Prime Minister X" for a person the files list as an opposition leader -----------------
def test_a_government_title_outranks_an_older_opposition_role(coder):
    # the people file lists Tarique Rahman as the BNP's acting chairman (opposition)
    text = "Prime Minister Tarique Rahman offered on Sunday to meet the student leaders."
    evs = found(coder, text, "AGREE")
    assert evs and codes(evs[0]["source"]) == ["BGDGOV"], evs
    # no title: what the files say
    text = "Tarique Rahman met the Indian envoy in London on Monday."
    evs = found(coder, text, "CONSULT")
    assert evs and any(codes(e["source"]) == ["BGDOPP"] or codes(e["target"]) == ["BGDOPP"]
                       for e in evs), evs  # fmt: skip


# -- "Jamaat" after "Jamaat-e-Islami": the party's short name ---------------------------------
def test_bare_jamaat_is_bangladesh_party(coder):
    text = "The home minister accused Jamaat of planning violence before the city polls."
    evs = found(coder, text, "ACCUSE")
    assert evs and [a["org"] for a in evs[0]["target"]] == ["JAMAAT_BGD"], evs


# -- "urged X to respect A and to release B": two acts asked for, two requests ----------------
def test_a_first_act_the_lexicon_does_not_code_is_still_a_request(coder):
    text = "Canada urged the authorities to respect press freedom and to free the jailed reporters."
    evs = found(coder, text, "REQUEST")
    cameos = sorted(e["cameo"] for e in evs)
    assert cameos == ["020", "0253"], evs
    # one act asked for: one request
    text = "Canada urged the authorities to free the jailed reporters."
    assert len(found(coder, text, "REQUEST")) == 1


# -- "would respond with force to any attack on its soldiers": not aimed at its own soldiers --
def test_a_threat_answering_attacks_is_not_aimed_at_those_attacked(coder):
    text = "Ankara said it would respond with force to any attack on its soldiers."
    evs = found(coder, text, "THREATEN")
    assert evs, events_of(coder, text, "2026-11-24")
    assert all("TUR" not in keys(e["target"]) for e in evs), evs
    # the attacker named in the attack phrase stays the target
    text = "Ankara said it would respond with force to any attack by Kurdish militants on its soldiers."
    evs = found(coder, text, "THREATEN")
    assert evs and all(codes(e["target"]) == ["TURREB"] for e in evs), evs


# -- "voted to ask foreign troops to leave": the demand's content is no withdrawal ------------
def test_content_of_a_demand_under_a_kept_wrapper_is_not_an_act(coder):
    text = (
        "Two days later the parliament in Baghdad voted to ask foreign troops to leave the country."
    )
    rows = [e["type"] for e in events_of(coder, text, "2026-11-24")]
    assert rows == ["REQUEST"], rows


# -- "will send a cyber response team to Tirana": specialists sent to help are aid ------------
def test_experts_sent_to_another_state_are_aid(coder):
    text = "Italy sent a team of experts to Albania to restore the tax office's servers."
    evs = found(coder, text, "AID")
    assert evs and keys(evs[0]["target"]) == {"ALB"}, events_of(coder, text, "2026-11-24")
    # announced: a promise of aid (CODING.md, as "said it would send 400 police officers")
    text = "NATO said it would send a cyber response team to Tirana next week."
    evs = found(coder, text, "AGREE")
    assert evs and keys(evs[0]["target"]) == {"ALB"}, events_of(coder, text, "2026-11-24")


# -- "a GRU unit carried out the cyber attack" told in the passive: hacking, not an armed attack -----------
def test_a_cyber_attack_carried_out_is_hacking_at_no_domestic_target(coder):
    text = "Investigators said the cyber attack had been carried out by Russia's GRU."
    evs = events_of(coder, text, "2026-11-24")
    assert [(e["type"], e["mode"]) for e in evs] == [("COERCE", "cyber")], evs
    assert not evs[0]["target"], evs


# -- a headline's "Jamaat" (PTY) and the body's "the main opposition party, Jamaat-e-Islami" --
# -- (OPP) are one protesting group: the crowd the police broke up is theirs -------------------
def test_one_party_told_in_headline_and_body_is_one_protest_group(coder):
    import datetime as dt

    from dotterel.model import Article

    title = "Jamaat to boycott by-election after police break up Sylhet rally"
    body = (
        "SYLHET, Nov 24 (Reuters) - Bangladesh's main opposition party, Jamaat-e-Islami, said "
        "on Tuesday it would boycott next month's by-election, hours after police fired tear "
        "gas to break up a rally by its supporters in the city."
    )
    art = Article(id="t", text=f"{title}\n\n{body}", published=dt.date(2026, 11, 24), title=title)
    evs = [e.to_dict() for c in coder.code_articles([art]) for e in c.events]
    gas = [e for e in evs if e["type"] == "ASSAULT"]
    assert gas and [a["org"] for a in gas[0]["target"]] == ["JAMAAT_BGD"], evs
