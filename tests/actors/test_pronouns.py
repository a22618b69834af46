"""Pronouns and expletives: he, she, it, its, they, their, we, your: which actor told before
they refer to, and when they stay open."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys, parties
from tests.helpers import (
    _codes_of,
    _of_type,
    found_2019_02_20,
    found_2024_05_01,
    found_2024_05_02,
    found_2024_05_15,
    found_2025_03_12,
    found_2025_06_18,
    found_2026_03_18,
    found_2026_11_20,
    found_2026_11_25,
    found_2026_11_30,
    mention_codes,
    mentions,
    named,
)
from tests.helpers import _typed_2025_04_08 as _typed

found = finder("2026-06-12")
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


def _accusations(coder, text):
    return [e for e in events_of(coder, text, "2026-05-04")
            if e["type"] == "ACCUSE" and e["sentence_index"] == 3]  # fmt: skip


OBITUARY = (
    "MALE, May 3 (AFP) - Ibrahim Latheef, a former Maldivian foreign minister, died on Sunday. "
    "President Mohamed Rasheed called him a patriot. Latheef trained as a lawyer. He entered "
    "parliament in 1999. He later served as foreign minister. He fell out with the government. "
    "Police arrested him in 2016. He was freed in 2018. He often accused New Delhi of bullying. "
)


def test_your_in_an_interview_question_is_the_interviewees(coder):
    e = [x for x in found(coder, INTERVIEW, "COERCE") if "seized" in x["trigger"]]
    assert e and [a["country"] for a in e[0]["source"]] == ["TUN"], e


def test_we_in_an_interview_answer_is_the_interviewees(coder):
    e = found(coder, INTERVIEW, "CONSULT")
    assert e and [a["country"] for a in e[0]["source"]] == ["TUN"], e


TRANSCRIPT = (
    "MADRID, Oct 21 (Reuters) - Spain's Interior Minister Elena Cifuentes held a news "
    "conference in Madrid on Thursday. The following is a transcript.\n\n"
    "QUESTION (El Pais): Minister, what happened at the border on Tuesday?\n\n"
    "CIFUENTES: Good afternoon. We asked Rabat to restore normal controls at the border.\n\n"
    "QUESTION (Cadena SER): Morocco says your government sent troops to the border. Is that true?"
)


def test_we_in_a_transcript_answer_is_the_labelled_speakers(coder):
    # "CIFUENTES:" labels the answer of the minister the intro names: her "we" is Spain
    e = [x for x in found(coder, TRANSCRIPT, "REQUEST") if "Rabat" in x["text"]]
    assert e and [a["country"] for a in e[0]["source"]] == ["ESP"], e
    assert [a["country"] for a in e[0]["target"]] == ["MAR"], e


def test_your_in_a_transcript_question_is_the_one_answering(coder):
    # "QUESTION (Cadena SER):" labels a reporter's question: "your government" is Spain's
    e = found(coder, TRANSCRIPT, "MOBILIZE")
    assert e and [a["country"] for a in e[0]["source"]] == ["ESP"], e


def test_accusing_them_after_plural_doers_is_not_the_doers(coder):
    text = (
        "Canada and Japan on Monday imposed sanctions on a senior Sudanese army general, "
        "accusing them of attacking civilians in Darfur."
    )
    acc = found_2024_05_02(coder, text, "ACCUSE")
    assert acc and codes(acc[0]["target"]) == ["SDNMIL"], acc
    # the attack is not the sanctioning states'
    assert not [e for e in found_2024_05_02(coder, text, "ASSAULT")
                if {"CAN", "JPN"} & {a["country"] for a in e["source"]}]  # fmt: skip


def test_accusing_him_after_expelling_an_unnamed_head_of_a_body(coder):
    text = "Mali on Friday expelled the head of the UN mission, accusing him of spreading lies."
    acc = found_2024_05_02(coder, text, "ACCUSE")
    assert acc and codes(acc[0]["target"]) == ["IGOUNO"], acc


def test_expletive_it_of_emerging_and_confirming_is_no_actor(kb):
    text = (
        "Kenya's president met Somali envoys in Nairobi on Friday. It emerged on Saturday "
        "that the envoys had left. It was confirmed on Sunday that talks would resume."
    )
    got = mentions(kb, text, "2024-05-02")
    assert not [m for m in got if m[0] == "It"], got


def test_he_after_other_subjects_is_the_subject_of_the_persons_sentence(kb, nlp):
    import datetime

    from dotterel.actors.resolve import Memory, SentenceActors

    text = (
        "Zambian President Hakainde Hichilema met opposition leader Edgar Lungu in Lusaka on "
        "Monday. The talks lasted three hours. Police later dispersed a crowd outside. He said "
        "the government would not raise taxes."
    )
    doc = nlp(text)
    sa = SentenceActors(kb, doc, datetime.date(2024, 3, 5), Memory())
    found = [a for s in doc.sents for a in sa.sentence_mentions(s)]
    he = [a for a in found if a.text == "He"]
    assert he and he[0].name == "Hakainde Hichilema", found


def test_a_group_that_names_whom_it_includes_is_those_named(coder):
    text = "Western countries such as Norway and Canada imposed sanctions on Belarus on Monday."
    bans = _typed(coder, text, "SANCTION")
    assert bans and sorted(codes(bans[0]["source"])) == ["CAN", "NOR"], bans


def test_they_who_killed_soldiers_are_not_the_soldiers(coder):
    text = "Soldiers clashed with rebels near the border. They killed five soldiers, the army said."
    evs = [e for e in events_of(coder, text) if e["trigger"] == "killed"]
    assert evs and evs[0]["source"][0]["code"].endswith("REB"), evs
    # "they" who harm others are still the soldiers
    # (the killing then joins the clash, one happening with the same sides)
    text = "Soldiers clashed with rebels near the border. They killed five rebels, the army said."
    evs = [e for e in events_of(coder, text) if e["type"] == "ASSAULT"]
    assert evs and all(e["source"][0]["code"].endswith("MIL") for e in evs), evs


def test_an_object_it_after_a_thing_object_is_the_thing(kb):
    text = ("Kenya and Somalia signed a security pact on Monday. The African Union welcomed the "
            "deal.\n\nThe United Nations also praised it.")  # fmt: skip
    got = mentions(kb, text, "2024-05-02")
    assert not mention_codes(got, "it"), got
    # an actor object of the sentence before stays one: "Uganda accused it of ..."
    got = mentions(kb, "Kenya expelled the envoy. Uganda accused it of arming rebels.")
    assert mention_codes(got, "it") == ["KEN"], got


def test_its_in_a_clause_about_a_states_conduct_is_that_state(kb):
    text = ("The IAEA said its inspectors had been refused entry for a month. Norway, Denmark and "
            "Finland said on Friday that Iran's conduct was a grave breach of its obligations and "
            "demanded that it readmit the inspectors.")  # fmt: skip
    got = mentions(kb, text, "2024-05-02")
    assert mention_codes(got, "its")[-1] == "IRN", got
    assert not set(mention_codes(got, "it")) & {"NOR", "DNK", "FIN"}, got


def test_pronouns_go_to_the_nearest_compatible_actor(kb):
    got = mentions(kb, "Angela Merkel met Russian troops' commanders. She said Germany would help. "
                       "Russia said it would retaliate and its troops massed.", "2015-05-01")  # fmt: skip
    assert ("She", "DEUGOV", "coref:person:pronoun") in named(got, "Angela Merkel")
    assert mention_codes(got, "it") == ["RUS"] and mention_codes(got, "its") == ["RUS"]
    assert mention_codes(got, "its troops") == ["RUSMIL"]


def test_it_is_not_a_person_and_they_can_be_several(kb):
    got = mentions(kb, "A senior French official praised Moldova's efforts to reform its courts.")
    assert mention_codes(got, "its") == ["MDA"]
    got = mentions(
        kb, "Vladimir Putin and Xi Jinping met in Moscow. They signed a pact.", "2023-03-21"
    )
    assert sorted(mention_codes(got, "They")) == ["CHNGOV", "RUSGOV"]


def test_an_object_pronoun_is_not_its_own_clauses_subject(kb):
    got = mentions(kb, "Iran said the United States would regret attacking it.")
    assert mention_codes(got, "it") == ["IRN"]
    got = mentions(kb, "Putin said Biden would regret attacking him.", "2022-06-01")
    assert [n for t, c, n, w in got if t == "him"] == ["Vladimir Putin"]
    # an object "it" with no country or organisation as a recent subject is a thing
    got = mentions(
        kb, "Vladimir Putin and Xi Jinping signed a deal. The two leaders praised it.", "2023-03-21"
    )
    assert mention_codes(got, "it") == []


def test_they_and_both_sides_in_the_same_sentence_as_the_pair(kb):
    got = mentions(kb, "Trump and Kim Jong Un met at a summit in Singapore, where they signed a statement "
                       "that both sides praised.", "2019-03-14")  # fmt: skip
    assert sorted(mention_codes(got, "they")) == ["PRKGOV", "USAGOV"]
    assert sorted(mention_codes(got, "both sides")) == ["PRKGOV", "USAGOV"]


def test_he_and_she_stay_apart_once_a_pronoun_told(kb):
    got = mentions(kb, "Hun Sen said Sam Rainsy would be arrested if he returned. Hun Sen repeated it; "
                       "Mu Sochua said she would go with him.", "2019-11-01")  # fmt: skip
    assert [n for t, c, n, w in got if t == "she"] != ["Sam Rainsy"]


@pytest.mark.parametrize("text,mention,code", [
    # the place its own phrase names
    ("Kurdish militias in north-east Syria attacked Islamic State positions.", "Kurdish militias", "SYRUAF"),
    ("Kurdish fighters from northern Iraq crossed the river.", "Kurdish fighters", "IRQREB"),
    # the one home country its sentence names as a place
    ("Kurdish militants clashed with soldiers in south-eastern Turkey.", "Kurdish militants", "TURREB"),
    # the last group of that people placed in a country ("Syrian Kurdish fighters" are the
    # SDF, organisations.yaml; the later "Kurdish fighters" are that group)
    ("Syrian Kurdish fighters held the town. Kurdish fighters then took the ridge.",
     "Kurdish fighters", "SYRREBSDF"),
    ("Iranian Kurdish fighters held the town. Kurdish fighters then took the ridge.",
     "Kurdish fighters", "IRNREB"),
    # the story's country when it is one of the people's home countries
    ("Syria said the rebels had lost Idlib. Damascus said Syria would win. Kurdish militias took a village.",
     "Kurdish militias", "SYRUAF"),
])  # fmt: skip
def test_a_stateless_peoples_group_takes_the_home_country_the_text_places_it_in(
    kb, text, mention, code
):
    assert mention_codes(mentions(kb, text, "2019-03-14"), mention)[-1:] == [code]


def test_it_said_by_a_described_group_is_that_group(kb):
    # "The militia said it would ...": the speaker, though it has no country or name
    got = mentions(kb, "The militia said it would attack the army.")
    assert mention_codes(got, "it") == ["UAF"]
    # a country told before is still "it" when the speaker is a named state
    got = mentions(kb, "Kenya said the militia would attack it.")
    assert mention_codes(got, "it") == ["KEN"]


def test_we_is_the_body_the_quoted_speaker_speaks_for(coder):
    ev = events_of(
        coder, '"We will retaliate against any attack," the Iranian foreign minister said.'
    )
    assert any(e["type"] == "THREATEN" and e["source"][0]["country"] == "IRN" for e in ev), ev
    ev = events_of(
        coder, 'The Kenyan interior minister said: "We condemn the attack on the police."'
    )
    assert any(e["type"] == "ACCUSE" and e["source"][0]["country"] == "KEN" for e in ev), ev
    assert not events_of(coder, "We condemned the attack on the police.")


def test_we_is_a_group_the_quoted_speaker_speaks_for_with_no_country(coder):
    # a rebel group with no country told: the sector still says whose "we" it is
    text = '"We have handed over all our weapons," a spokesman for the insurgents said.'
    ev = [e for e in events_of(coder, text) if e["type"] == "RETREAT"]
    assert ev and codes(ev[0]["source"]) == ["REB"], ev
    text = 'The guerrillas said in a statement: "We have laid down our arms."'
    ev = [e for e in events_of(coder, text) if e["type"] == "RETREAT"]
    assert ev and codes(ev[0]["source"]) == ["REB"], ev
    # a resident's "we" is still no one's
    text = '"We have handed over all our weapons," a resident said.'
    assert not [e for e in events_of(coder, text) if e["type"] == "RETREAT"]


@pytest.mark.parametrize("text, source", [
    ("\"We have pulled our troops out of Kidal,\" the Malian army's statement said.", "MLI"),
    ('"We have pulled our troops out of Kidal," a statement from the Malian army said.', "MLI"),
    # the statement told issued before, in this paragraph or one before it
    ('The Malian army issued a statement on Sunday. "We have pulled our troops out of Kidal," the statement said.', "MLI"),
    ('The Malian army issued a statement on Sunday.\n\n"We have pulled our troops out of Kidal," the statement said.', "MLI"),
])  # fmt: skip
def test_we_in_a_quoted_statement_is_the_body_that_issued_it(coder, text, source):
    ev = [e for e in events_of(coder, text) if e["type"] == "RETREAT"]
    assert ev and ev[0]["source"][0]["country"] == source, ev


def test_we_in_a_statement_no_one_is_told_issuing_is_no_ones(coder):
    text = '"We have pulled our troops out of Kidal," the statement said.'
    assert not [e for e in events_of(coder, text) if e["type"] == "RETREAT"]


def test_a_group_is_from_where_it_is_based(kb):
    from tests.helpers import mention_codes as codes
    from tests.helpers import mentions

    got = mentions(
        kb,
        "A rebel group based in Chad claimed the attack. Troops based in Germany left.",
        "2001-03-02",
    )
    assert codes(got, "rebel group") == ["TCDREB"]
    assert not [c for t, c, n, w in got if t == "Troops" and c.startswith("DEU")], got


def test_it_that_lands_or_touches_down_is_a_vehicle_not_a_state(kb):
    got = mentions(
        kb,
        "Lithuania protested. Police detained a reporter after it touched down in Riga. "
        "Lithuania said it landed troops there.",
        "2021-06-22",
    )
    assert mention_codes(got, "it") == ["LTU"], (
        got
    )  # only the second "it" (it landed troops) is Lithuania


@pytest.mark.parametrize(
    "text,source,target",
    [
        (
            "Dhaka Metropolitan Police arrested 20 opposition activists on Monday.",
            "BGDCOP",
            "BGDOPP",
        ),
        ("Tokyo Metropolitan Police arrested two ruling party aides.", "JPNCOP", None),
        # a city only the gazetteer knows
        ("Chittagong Metropolitan Police arrested 20 opposition activists.", "BGDCOP", "BGDOPP"),
        # the listed body's own city, or no place: the listed body
        ("London Metropolitan Police arrested five protesters.", "GBRCOPMET", None),
        ("The Metropolitan Police arrested five protesters.", "GBRCOPMET", None),
    ],
)
def test_a_place_before_a_bodys_name_makes_it_that_places_body(coder, text, source, target):
    evs = [e for e in events_of(coder, text, "2024-03-01") if e["type"] == "COERCE"]
    assert evs and [a["code"] for a in evs[0]["source"]] == [source], evs
    if target:
        assert [a["code"] for a in evs[0]["target"]] == [target], evs


@pytest.mark.parametrize("text", [
    "Fighting raged around the town of Kobani in Syria. They said the shelling never stopped.",
    "The two boys hate the cold Syrian winter. They said their uncle took them away.",
    "Heavy fighting was reported near Aleppo. They fled the city at dawn.",
])  # fmt: skip
def test_they_is_no_single_state_or_town(kb, text):
    got = mentions(kb, text)
    assert all(not c.startswith("SYR") for c in mention_codes(got, "They")), got


def test_they_still_stands_for_states_named_together_or_a_plural(kb):
    got = mentions(
        kb, "Russia and China blocked the resolution. They also criticised the sanctions."
    )
    assert mention_codes(got, "They") == ["RUS", "CHN"], got
    got = mentions(
        kb, "Turkish officials met the delegation in Ankara. They said the talks went well."
    )
    assert mention_codes(got, "They") == ["TURGOV"], got


def test_what_it_was_is_no_antecedent(kb):
    # "It was chaos": a situation, not the state named before; "they" does not pass through it
    got = mentions(
        kb, "Turkey launched an offensive on the town. It was chaos. They shelled the clinic."
    )
    assert mention_codes(got, "It") == [] and mention_codes(got, "They") == [], got
    got = mentions(
        kb, "Qatar denied the claims. It is a monarchy with deep pockets. It funded the group."
    )
    assert mention_codes(got, "It")[-1:] == ["QAT"], got


@pytest.mark.parametrize("text", [
    "The militia stormed the village; the time it took to reach the square surprised Kenya.",
    "It took Iran two months to answer the proposal.",
])  # fmt: skip
def test_the_time_it_took_is_no_one(kb, text):
    got = mentions(kb, text)
    assert mention_codes(got, "it") == [] and mention_codes(got, "It") == [], got


def test_an_object_it_with_a_rival_in_its_own_sentence_is_left_open(kb):
    # "it" is Mali (named in its own sentence), not Kenya (the last sentence's subject); with
    # nothing to decide between them, no one
    got = mentions(kb, "Kenya restored ties last month. The African Union may soon take "
                       "Mali back, two years after suspending it.")  # fmt: skip
    assert mention_codes(got, "it") == [], got


@pytest.mark.parametrize(("text", "want"), [
    # the possessor of the main subject, not the party named nearest
    ("Egypt's refusal to talk to Ethiopia has hurt its ties with Sudan.", ["EGY"]),
    ("Cairo's refusal to settle the row with Sudan could end its pact with Libya.", ["EGYGOV"]),
    # a body named in the main subject phrase
    ("The U.N. mission in South Sudan (UNMISS) said it had sent a team to the town.", ["IGOUNOMSS"]),
    # the main subject itself
    ("The United States imposed sanctions on Iran over its nuclear programme.", ["USA"]),
    # two parties, neither in the main subject: none
    ("The talks between Sudan and Egypt collapsed when it walked out.", []),
])  # fmt: skip
def test_its_with_two_bodies_of_its_sentence(kb, text, want):
    got = mentions(kb, text)
    assert mention_codes(got, "its") + mention_codes(got, "it") == want, got


def test_a_pronoun_in_a_nouns_clause_may_be_the_main_subject(kb):
    # "the militias allied with it": the clause of "militias" has no subject of its own; "it"
    # is Iran, the one arming them, not the group of the sentence before
    got = mentions(kb, "Islamic State fighters attacked the town. "
                       "Iran later began to arm the militias allied with it.")  # fmt: skip
    assert mention_codes(got, "it") == ["IRN"], got


def test_a_description_with_a_defining_clause_is_no_reference_back(kb):
    got = mentions(kb, "Boko Haram fighters raided the village. "
                       "The group that claimed the attack later released a video.")  # fmt: skip
    assert mention_codes(got, "group") == [], got
    # a clause set off by a comma only adds to it
    got = mentions(kb, "Boko Haram fighters raided the village. The group, which has fought "
                       "the army since 2009, later released a video.")  # fmt: skip
    assert mention_codes(got, "group") == ["NGAREBBKH"], got


@pytest.mark.parametrize("text", [
    "President Assad met the envoy on Monday. Anna Reed, a nurse from Leeds, said she had seen the shelling.",
    "Erdogan ordered the offensive. Karim Haddad, a shopkeeper, said he supported the operation.",
    # a name the parser does not take for a person's, as the sentence's subject
    "President Assad met the envoy on Monday. Morgan was a qualified electrician, a trade she could have practised at home.",
])  # fmt: skip
def test_he_or_she_after_a_person_who_is_no_actor_is_left_open(kb, text):
    got = mentions(kb, text)
    assert mention_codes(got, "she") == [] and mention_codes(got, "he") == [], got


def test_he_still_follows_the_leader_named_before(kb):
    # a person only described may be the one named next: "he" is still that person
    got = mentions(kb, "A jailed former minister who was condemned for his part in a massacre has "
                       "begun a hunger strike. Musa Dangote told visitors on Friday that he would "
                       "keep fasting until his trial.")  # fmt: skip
    assert mention_codes(got, "he") == ["ELI"], got
    got = mentions(kb, "Erdogan ordered the offensive. He said the operation would continue.")
    assert mention_codes(got, "He") == ["TURGOV"], got
    # the same person by another of his names is no other person
    got = mentions(kb, "Mongolia's Prime Minister Oyun Batzorig lost the vote on Thursday. "
                       "Oyun handed his resignation to the president hours later.")  # fmt: skip
    assert mention_codes(got, "his") == ["MNGGOV"], got


def test_the_regime_of_a_leader_is_his_countrys_government(kb):
    got = mentions(kb, "Diplomats now court the regime of President Bashar al-Assad. Oman sent an envoy "
                       "last week, ignoring pressure on the regime.")  # fmt: skip
    assert mention_codes(got, "regime") == ["SYRGOV", "SYRGOV"], got


def test_they_after_a_plural_subject_that_names_no_actor_is_left_open(kb):
    # "they" is the backers, whoever they are, not the regime named between
    got = mentions(kb, "Assad won the war. The rebels' former sponsors have stopped opposing "
                       "his government, and they now seek to embrace it.")  # fmt: skip
    assert mention_codes(got, "they") == [], got
    # a plural subject that is an actor is still "they"
    got = mentions(
        kb,
        "Turkish troops crossed the border. The soldiers advanced quickly and they shelled the town.",
    )
    assert mention_codes(got, "they") == ["TURMIL"], got


def test_their_under_a_controller_that_names_no_actor_is_no_one_known(kb):
    got = mentions(kb, "A rights group says the French government has pushed other states not to "
                       "take back their nationals.")  # fmt: skip
    assert [
        c
        for c in mention_codes(got, "their") + mention_codes(got, "their nationals")
        if c[:3] == "FRA"
    ] == [], got
    got = mentions(kb, "The UN urged the rebels to lay down their arms.")
    assert mention_codes(got, "their") == ["REB"], got


def test_its_secretary_general_speaks_for_the_body_its_names(coder):
    text = ("Morocco's largest trade union federation called a general strike on Monday. Its "
            "secretary general, Ali Bennani, accused the Moroccan government of breaking its "
            "promises.")  # fmt: skip
    got = _codes_of(coder, text, "ACCUSE")
    assert got and got[0] == ["MARLAB"], got


def test_his_supporters_are_of_the_opposition_leader(coder):
    text = ("A court in Bishkek on Wednesday jailed Kyrgyz opposition leader Omurbek Sadykov. His "
            "supporters scuffled with Kyrgyz police outside the courthouse.")  # fmt: skip
    e = found_2025_06_18(coder, text, "ASSAULT")
    assert e and {"KGZOPP", "KGZCOP"} <= set(codes(e[0]["source"]) + codes(e[0]["target"])), e


def test_itself_after_a_noun_is_no_target(coder):
    text = (
        "The prime minister of Barbados said both leaders would meet on the island in May. "
        "Belize's president said he would attend but would not negotiate the boundary itself."
    )
    rows = event_rows(coder, text, "2026-04-02")
    rejects = [r for r in rows if r[0] == "REJECT"]
    assert rejects, rows
    assert "BRB" not in rejects[0][3], rows


def test_reflexive_object_still_resolves(kb):
    # a reflexive object stands for the clause's subject; one after a noun stands for no one
    text = (
        "Chile's navy seized a fishing boat. The Peruvian government said it would defend itself."
    )
    assert mention_codes(mentions(kb, text), "itself") == ["PERGOV"]
    text = "Chile's navy seized a fishing boat. Peru's president would not negotiate the border itself."
    assert mention_codes(mentions(kb, text), "itself") == []


def test_its_after_a_plural_phrase_is_the_body_not_one_of_the_states(coder):
    text = ("Malawi and Zambia traded accusations over the river border on Sunday. SADC, the "
            "regional bloc to which both countries belong, urged calm on Monday. Its executive "
            "secretary will fly to Lilongwe next week.")  # fmt: skip
    evs = found_2026_11_25(coder, text, "CONSULT")
    assert evs and evs[0]["source"][0]["org"] == "SADC", evs


def test_its_neighbour_is_the_one_other_country_named(coder):
    text = "Togo's army shelled the border village on Monday. Ghana accused its eastern neighbour of arming rebels."
    evs = found_2026_11_30(coder, text, "ACCUSE", "2026-11-27")
    assert evs and keys(evs[0]["target"]) == {"TGO"}, evs
    text = "Chad expelled Cameroon's envoy on Friday, accusing its western neighbour of sheltering rebels."
    evs = found_2026_11_30(coder, text, "ACCUSE", "2026-11-27")
    assert evs and keys(evs[0]["target"]) == {"CMR"}, evs
    # two other countries named: no guess
    text = (
        "Togo's army shelled Benin and Burkina Faso. Ghana accused its neighbour of arming rebels."
    )
    evs = found_2026_11_30(coder, text, "ACCUSE", "2026-11-27")
    assert evs and not evs[0]["target"], evs


def test_he_is_the_person_the_last_sentence_described(coder):
    text = ("SUKHUMI - \"Georgia will not be alone,\" EU foreign policy chief Kaja Kallas wrote on X. "
            "In Gudauta, the district's pro-Russian governor ordered the roads closed and appealed "
            "to Moscow for fuel. He also blamed Tbilisi for the shortages.")  # fmt: skip
    evs = found_2026_11_30(coder, text, "ACCUSE")
    assert evs and keys(evs[0]["source"]) == {"GEO"} and not evs[0]["source"][0]["org"], evs


def test_their_leaders_after_a_pair_are_both(coder):
    text = ("Armenian and Azerbaijani troops clashed near Sotk on Tuesday. The neighbours fought a "
            "war over the region in 2020, when thousands were killed. In 2025 their presidents "
            "signed a peace framework in Abu Dhabi.")  # fmt: skip
    evs = found_2026_11_20(coder, text, "SUPPORT")
    assert evs and parties(evs[0]) == {"ARM", "AZE"}, evs
    assert all(a["sector"] == ["GOV"] for a in evs[0]["source"] + evs[0]["target"]), evs


def test_a_state_named_by_it_sends_a_delegation(coder):
    e = found(coder, "Egypt said it would send a delegation to Juba next week.", "CONSULT")
    assert e and e[0]["source"][0]["country"] == "EGY" and e[0]["modality"] == "planned", e
    assert {a["country"] for a in e[0]["target"]} == {"SSD"}, e
    # a person known only by a pronoun is still no visitor
    assert not found(coder, "She said she travelled to Syria in 2015.", "CONSULT")


def test_its_government_spokesman_is_the_states(coder):
    text = (
        "JUBA, May 4 - SPLM-IO fighters attacked an army barracks near Nasir on Monday. "
        "South Sudan accused Sudan of arming the rebels. Sudan denied the charge. "
        "Its government spokesman accused Juba of sheltering Sudanese rebels."
    )
    evs = _accusations(coder, text)
    assert evs and codes(evs[0]["source"])[0].startswith("SDN"), evs


def test_its_spokesman_after_a_group_is_still_the_groups(coder):
    text = (
        "JUBA, May 4 - SPLM-IO fighters attacked an army barracks near Nasir on Monday. "
        "The army accused the group of killing two soldiers. The SPLM-IO denied the charge. "
        "Its spokesman accused the army of shelling villages."
    )
    evs = _accusations(coder, text)
    assert (
        evs
        and codes(evs[0]["source"])[0].startswith("SSDREB")
        or (evs and evs[0]["source"][0]["org"] == "SPLMIO")
    ), evs


def test_its_leader_is_the_party_just_named_not_the_state(coder):
    """ "its leader" after a party was named is the party's leader (OPP), not the state's
    (GOV), whether a state body or a place is the subject; police are "they", not "it"."""
    for text in [
        "Police in Kenya accused the opposition party of inciting violence. Its leader was arrested on Tuesday.",
        "Kenyan police accused the opposition party of inciting violence. Its leader was arrested on Tuesday.",
        "Zambia's government suspended the main opposition party a day after police detained its leader.",
    ]:
        got = [
            e
            for e in events_of(coder, text, "2024-05-01")
            if e["type"] == "COERCE" and e["cameo"] == "173"
        ]
        assert got and {a["code"][3:] for a in got[0]["target"]} == {"OPP"}, (text, got)


def test_it_after_a_verb_that_takes_an_actor_is_a_body_named_before(coder):
    """ "said it would ban it": the banned "it" is not the clause's subject but the party."""
    got = found_2024_05_01(
        coder,
        "The Kenyan government accused the opposition party of inciting violence and said it would ban it.",
        "THREATEN",
    )
    assert got and {a["code"] for a in got[0]["target"]} == {"KENOPP"}, got


def test_an_extraposed_it_does_nothing(coder):
    got = events_of(
        coder,
        "A Green senator said it would be easy to bring the Australian orphans home from the camp.",
    )
    assert not [e for e in got if any("GOV" in a["sector"] for a in e["source"])], got


def test_between_them_is_the_pair_named_before(coder):
    text = "The UN envoy urged Laos and Cambodia to show restraint and offered to mediate between them."
    e = found_2019_02_20(coder, text, "AGREE")
    assert e and {t["code"][:3] for t in e[0]["target"]} == {"LAO", "KHM"}


def test_a_bracketed_insertion_names_the_pronoun(kb):
    from tests.helpers import mention_codes, mentions

    text = 'A statement from the law firm said: "It [the Kenyan government] has today agreed to talks."'
    assert mention_codes(mentions(kb, text, "2018-07-27"), "It") == ["KENGOV"]


def test_that_regime_is_the_country_just_named(coder):
    text = (
        "Egypt jails bloggers. Much the same is true of Bahrain: it is that authoritarian regime "
        "that detains activists and poets."
    )
    evs = [e for e in events_of(coder, text, "2018-03-20") if "detains" in e["trigger"]]
    assert evs and keys(evs[0]["source"]) == {"BHR"}, evs


def test_what_someone_had_done_to_them_is_the_agents_act(coder):
    # "had their homes confiscated by the regime": the regime confiscates, not the owners
    for text, src in (
        ("The farmers had their land seized by Sudanese soldiers.", "SDN"),
        ("The activist had his passport confiscated by Kenyan police.", "KEN"),
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), "COERCE")
        assert evs and codes(evs[0]["source"])[0].startswith(src), (text, evs)


def test_it_is_time_to_act_names_no_doer(coder):
    # a curly "’s" the parser leaves unlemmatised: the "it" is the clause, not an actor told
    # before
    evs = events_of(
        coder,
        "The militants attacked a convoy near Gao. A week later the French president said"
        " “it’s time” to bring the soldiers home.",
        "2024-05-02",
    )
    assert not [
        e for e in evs if e["type"] != "ASSAULT" and any(a["country"] == "MLI" for a in e["source"])
    ], evs


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


def test_an_extraposed_it_is_no_actor(coder):
    for text in (
        "The Ugandan army holds two brothers. It\u2019s alleged they were recruiters.",
        "The Ugandan army holds two brothers. It is claimed that they were recruiters.",
        "The Ugandan army holds two brothers. Both face arson charges; it\u2019s alleged that "
        "the elder brother financed the gang.",
    ):
        assert not found_2024_05_02(coder, text, "ACCUSE"), text
    for text in (
        "The Kenyan government closed the border. It is absurd to hope for humanitarian "
        "corridors out of the town, an opposition MP said.",
        "The Kenyan government closed the border. \u201cIt\u2019s plainly absurd to hope for "
        "humanitarian corridors out of the town,\u201d a Kenyan opposition MP said.",
    ):
        assert not found_2024_05_02(coder, text, "RETREAT"), text
    # a body that alleges, or is attacked, is still "it"
    evs = found_2024_05_02(
        coder, "The Ugandan army says it alleged that they were recruiters.", "ACCUSE"
    )
    assert evs and codes(evs[0]["source"]) == ["UGAMIL"], evs
    evs = found_2024_05_02(coder, "The Ugandan army said it was attacked by the rebels.", "ASSAULT")
    assert evs and codes(evs[0]["target"]) == ["UGAMIL"], evs


def test_a_front_spokesmans_we_is_the_front(coder):
    text = ('"We will keep attacking the army until it leaves Kidal," said Musa Kabir, a '
            "spokesman for the Liberation Front of Azawad.")  # fmt: skip
    e = found_2026_03_18(coder, text, "THREATEN")
    assert e and codes(e[0]["source"]) == ["MLIREB"], e
    text = ("The Patriotic Salvation Front said on Monday it had attacked a police station in "
            'northern Chad. "We will drive the regime out of the north," said Ali Mahamat, a '
            "spokesman for the front.")  # fmt: skip
    e = found_2026_03_18(coder, text, "THREATEN")
    assert e and codes(e[0]["source"]) != ["TCDGOV"] and e[0]["source"][0]["country"] == "TCD", e


def test_him_is_another_person_of_the_same_state(coder):
    text = OBITUARY + (
        "After the president's state visit to New Delhi in October, Latheef accused him of "
        '"selling out" to India.'
    )
    e = [x for x in found_2026_03_18(coder, text, "ACCUSE") if "him" in x["text"]]
    assert e and codes(e[0]["target"]) == ["MDVGOV"], e
    assert e[0]["target"][0]["name"] == "Mohamed Rasheed", e


def test_an_unknown_union_opening_the_sentence_names_its_leader(coder):
    text = ("OUAGADOUGOU (Reuters) - The junta suspended the main opposition party on Tuesday.\n\n"
            "Union for Renewal leader Paul Sawadogo had led a rally on Sunday. He is being held "
            "without charge, police said.")  # fmt: skip
    e = found_2026_03_18(coder, text, "COERCE")
    assert all(codes(x["target"]) != ["BFAGOV"] for x in e), e
    assert not any(
        "GOV" in a["code"] for x in found_2026_03_18(coder, text, "PROTEST") for a in x["source"]
    )


def test_his_alone_is_still_his(coder):
    e = found_2024_05_15(
        coder,
        "The Kenyan president said his government would arrest the organisers of the riots.",
        "THREATEN",
    )
    assert e and keys(e[0]["source"]) == {"KEN"}, e


def test_it_after_an_unknown_speaker_is_not_the_last_actor(coder):
    text = ("Police shot dead four protesters in Lagos on Monday. The rights commission said it had "
            "opened an investigation into the shootings.")  # fmt: skip
    assert not [
        e
        for e in found_2024_05_15(coder, text, "ACCUSE")
        if "COP" in "".join(a["code"] for a in e["source"])
    ]


def test_it_after_a_known_speaker_is_that_speaker(coder):
    text = ("Police shot dead four protesters in Lagos on Monday. Amnesty International said it had "
            "opened an investigation into the shootings.")  # fmt: skip
    e = found_2024_05_15(coder, text, "ACCUSE")
    assert e and keys(e[0]["source"]) == {"AMNESTY"} and keys(e[0]["target"]) == {"NGA"}, e


def test_supporters_are_the_side_of_whom_they_support(coder):
    text = ("LUSAKA (Reuters) - Zambian opposition leader Mwila Banda said on Monday his supporters "
            "would march on parliament on Friday.")  # fmt: skip
    e = found_2025_03_12(coder, text, "PROTEST")
    assert e and codes(e[0]["source"]) == ["ZMBOPP"], e
    text = ("BISHKEK (Reuters) - Kyrgyz police detained the editor of a radio station on Tuesday. "
            "Several hundred supporters of the station gathered outside the court.")  # fmt: skip
    e = found_2025_03_12(coder, text, "PROTEST")
    assert e and keys(e[0]["source"]) == {"KGZ"}, e


def test_its_never_stands_for_an_irregular_plural_like_fishermen(coder):
    # "fishermen", "gunmen" are plural: "Its spokesman" is the ministry's, not theirs
    text = (
        "A Vietnamese patrol boat chased away a trawler carrying supplies to fishermen near "
        "the Paracel Islands on Monday. Cambodia's foreign ministry accused Hanoi of piracy. "
        "Its spokesman warned Vietnam to stop its provocations."
    )
    e = found(coder, text, "THREATEN")
    assert e and [a["country"] for a in e[0]["source"]] == ["KHM"], e


def test_its_gunmen_after_a_verb_of_blame_are_the_accused_groups(kb):
    text = ("Niger's army blamed the ISWAP for the raid near Diffa, saying its gunmen had shot "
            "at a patrol from pick-up trucks.")  # fmt: skip
    got = mentions(kb, text, dateline="NER")
    assert mention_codes(got, "its gunmen") == mention_codes(got, "ISWAP"), got
    # the accuser's own soldiers stay its own
    text = ("Niger's army blamed the ISWAP for the raid near Diffa, saying its soldiers had "
            "repelled the attackers.")  # fmt: skip
    got = mentions(kb, text, dateline="NER")
    assert mention_codes(got, "its soldiers") != mention_codes(got, "ISWAP"), got
    # a clause coordinated with the blame is the accuser's own word about its own men
    text = ("The ISWAP accused Niger's army of killing civilians near Diffa and said its "
            "gunmen had not attacked any village.")  # fmt: skip
    got = mentions(kb, text, dateline="NER")
    assert mention_codes(got, "its gunmen") == mention_codes(got, "ISWAP"), got
    # an armed group blaming a state's army: "its fighters" are the group's own, not the army's
    text = ("Al-Shabaab blamed Kenya's army for the killings in Lamu, saying its fighters had "
            "only ambushed a convoy.")  # fmt: skip
    got = mentions(kb, text, dateline="KEN")
    assert mention_codes(got, "its fighters") == mention_codes(got, "Al-Shabaab"), got


def test_its_posts_in_the_object_of_an_attack_are_not_the_attackers(kb):
    text = ("MONUSCO said a Rwandan drone had struck one of its supply convoys near Goma on "
            "Sunday.")  # fmt: skip
    got = mentions(kb, text, dateline="COD")
    assert mention_codes(got, "its") == mention_codes(got, "MONUSCO"), got
    # a state's own troops doing the attack (not in its object) stay its own
    text = "Rwanda said on Sunday its troops had shelled rebel camps near the border."
    got = mentions(kb, text, dateline="RWA")
    assert mention_codes(got, "its troops")[:1] == ["RWAMIL"], got


@pytest.mark.parametrize("text, typ", [
    ("Hundreds of Kenyan activists said they would block the roads into Nairobi.", "PROTEST"),
    ("Dozens of Kenyan opposition lawmakers said they would boycott the vote.", "PROTEST"),
])  # fmt: skip
def test_they_after_a_quantity_of_actors_is_those_actors(coder, text, typ):
    # the speaker is told at the quantity's "of" phrase ("Kenyan activists"), so "they" is
    # that actor, not an unknown plural subject
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == typ]
    assert evs and keys(evs[0]["source"]) <= {"KEN", "KENOPP"}, evs


def test_a_force_named_by_a_collective_noun_is_the_it_of_what_it_says(coder):
    # "police" is plural for "they" elsewhere, but "Estonia's police said it had ..." is the
    # force, not the state in its possessive (nor no one)
    text = ("TALLINN, Oct 3 (Reuters) - Estonia's police said it had detained a Russian "
            "citizen on Monday.")  # fmt: skip
    got = [e for e in events_of(coder, text, "2026-10-03") if e["type"] == "COERCE"]
    assert got and [a["code"] for a in got[0]["source"]] == ["ESTCOP"], got


@pytest.mark.parametrize(
    "text, typ, source",
    [
        (
            "Norway said Sweden had seized one of its fishing boats and that it had lodged a "
            "formal protest with the Swedish navy.",
            "ACCUSE",
            "NOR",
        ),
        (
            "The European Union said Belarus had broken the agreement and that it would impose "
            "new sanctions on Minsk next month.",
            "SANCTION",
            "EU",
        ),
    ],
)
def test_it_in_a_second_that_clause_of_a_report_is_the_speaker(coder, text, typ, source):
    # "X said Y had done A and that it had done B": the subject "it" of the second "that"
    # clause is X, the speaker, not Y, the nearest subject before it
    got = [e for e in events_of(coder, text, "2026-11-24") if e["type"] == typ]
    assert got and keys(got[0]["source"]) == {source}, got


def test_they_after_a_clause_told_in_passing_is_the_main_subject(coder):
    # the residents of the "as"/"while" clause fled; "they" who free the hostages are the
    # gunmen, the main subject of the sentence before, not gunmen and residents together
    for text in (
        "Islamist militants stormed a village in northern Mali, abducting nine local "
        "officials while hundreds of villagers fled into the bush. They released the "
        "officials two days later.",
        "Sudanese militiamen attacked the town of Tawila, taking 14 aid workers hostage as "
        "thousands of families escaped. They freed the aid workers on Friday.",
    ):
        freed = found(coder, text, "RETREAT")
        assert freed and all(
            all(a["sector"] != ["CVL"] for a in ev["source"]) and len(ev["source"]) == 1
            for ev in freed
        ), freed


def test_he_after_a_groups_spokesman_or_negotiator_is_that_group(coder):
    # a role phrase that resolves to the body it speaks for ("the ELN's spokesman") is one
    # person whom the next sentence's "he" stands for; a name told in its own relative
    # clause ("who goes by the alias ...") is his name, not another person's
    for text in (
        "The ELN rejected the offer. The ELN's spokesman said they would keep fighting. "
        "He accused the army of shelling a village in Arauca.",
        "The ELN rejected the offer. The rebels' chief negotiator, who goes by the alias "
        "Tomas Vera, said they would keep fighting. He accused the army of shelling a village.",
    ):
        e = found(coder, text, "ACCUSE")
        assert e and codes(e[0]["source"]) == ["COLREBELN"], e
        assert codes(e[0]["target"]) == ["COLMIL"], e


def test_they_who_free_the_people_seized_are_the_captors(coder):
    # a crowd (or a force) told between the seizure and the release is not who frees them
    text = (
        "Chadian rebels abducted seven customs officers near the border on Monday. "
        "Hundreds of villagers gathered outside the district office to demand "
        "their release. They freed the officers on Friday."
    )
    freed = [e for e in events_of(coder, text) if e["trigger"] == "freed"]
    assert freed and all(a["code"].endswith("REB") for a in freed[0]["source"]), freed
    # people arrested by police are freed by the police
    text = (
        "Police arrested twelve students in the capital on Monday. Their parents marched on "
        "the ministry. They released the students on Wednesday."
    )
    freed = [e for e in events_of(coder, text) if e["trigger"] == "released"]
    assert freed and all(a["code"].endswith("COP") for a in freed[0]["source"]), freed
