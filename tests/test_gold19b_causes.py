"""General causes found by the blind gold19-05..08 articles (gold/articles.jsonl), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-12-10")


# -- "traded missile and drone strikes": blows exchanged, not trade ----------------------------
def test_traded_strikes_are_an_exchange_of_fire_not_trade(coder):
    text = (
        "Armenia and Azerbaijan clashed again on Monday. The worst fighting came in March, when "
        "the two neighbours traded missile and drone strikes for three days."
    )
    assert not found(coder, text, "COOPERATE")
    evs = found(coder, "Armenia and Azerbaijan traded artillery salvos overnight.", "ASSAULT")
    assert evs and set(codes(evs[0]["source"])) == {"ARMMIL", "AZEMIL"}, evs
    # trade itself still is
    assert found(coder, "India and Bangladesh traded rice and cotton last year.", "COOPERATE")


# -- "held the treaty in abeyance": a treaty suspended -----------------------------------------
def test_a_treaty_held_in_abeyance_is_suspended(coder):
    text = "Uzbekistan has held the water treaty in abeyance since March."
    evs = found(coder, text, "SANCTION")
    assert evs and codes(evs[0]["source"]) == ["UZB"], evs


# -- a denial answers the accusation told just before, even when its target went unnamed -------
def test_a_denial_answers_the_accusation_of_the_sentence_before(coder):
    text = (
        "Interior Minister Lena Varga said 14 people were detained in Budapest. The ministry "
        'accused "foreign-funded groups" of attacking police officers with stones. The '
        "students denied this."
    )
    evs = found(coder, text, "REJECT")
    assert evs and codes(evs[0]["source"]) == ["HUNEDU"], evs
    assert codes(evs[0]["target"]) == ["HUNGOV"], evs


def test_a_state_and_its_government_are_one_doer():
    from dotterel.events.builder.referents import _same_doer
    from dotterel.model import Actor

    iran = Actor(text="Iran", name="Iran", country="IRN", why="kb:country:name")
    spokesman = Actor(text="He", name="spokesman", country="IRN", sector=["GOV"],
                      why="coref:person:pronoun")  # fmt: skip
    students = Actor(text="students", name="students", country="IRN", sector=["EDU"],
                     why="text:sector")  # fmt: skip
    assert _same_doer(iran, spokesman)
    assert not _same_doer(iran, students) and not _same_doer(spokesman, students)


# -- "the UN humanitarian office said in Geneva. It urged ...": the office, not Geneva --------
def test_a_name_read_at_its_modifier_is_still_the_subject_it_refers_to(coder):
    text = (
        "Roads into the city are closed, the UN humanitarian office said in Geneva on Monday. "
        "It urged the army to reopen them."
    )
    evs = found(coder, text, "REQUEST")
    assert evs and codes(evs[0]["source"]) == ["IGOUNOOCH"], evs


# -- "Israel, whose jets struck ...": the relative's noun owns the jets -------------------------
def test_whose_is_the_noun_the_relative_clause_hangs_on(coder):
    text = (
        "Turkey, whose warplanes bombed Kurdish positions in northern Iraq in May, said it was "
        "watching closely."
    )
    evs = found(coder, text, "ASSAULT")
    assert evs and codes(evs[0]["source"]) == ["TURMIL"], evs


# -- "X and Y accused each other": two accusations, one each way --------------------------------
def test_an_act_done_to_each_other_is_coded_each_way(coder):
    text = "Kenya and Somalia accused each other on Tuesday of stoking the border dispute."
    evs = found(coder, text, "ACCUSE")
    dyads = {(tuple(codes(e["source"])), tuple(codes(e["target"]))) for e in evs}
    assert dyads == {(("KEN",), ("SOM",)), (("SOM",), ("KEN",))}, evs
    assert len({e["id"] for e in evs}) == 2
    # praise, a type scored either way (as a meeting is), stays one reciprocal event
    evs = found(coder, "Kenya and Somalia praised each other on Tuesday.", "SUPPORT")
    assert len(evs) == 1, evs


# -- a deal signed abroad is no battlefield: the next sentence's fighting is not placed there ---
def test_the_place_a_deal_was_signed_is_not_carried_to_fighting(coder):
    text = (
        "PORT SUDAN, June 3 - Sudan's army and the RSF signed a truce agreement in Jeddah on "
        "Saturday. By Sunday the two sides were fighting again."
    )
    evs = found(coder, text, "ASSAULT")
    assert evs, evs
    # not fought in Jeddah, nor against Saudi Arabia, the place's country
    assert all((e["location"] or {}).get("name") != "Jeddah" for e in evs), evs
    assert all("SAU" not in codes(e["target"]) for e in evs), evs
