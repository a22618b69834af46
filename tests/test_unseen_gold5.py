"""General causes found on the gold5 articles (written blind, coded by hand before the coder
ran): "the two governments", unqualified "the authorities", a quoted verdict the parser
hangs on a noun, "X is to release", government forces named by rebels, the opposition a
government acts on, opposition office holders. The sentences are written for these tests
(none is taken from an article)."""

from __future__ import annotations

from .conftest import codes, finder, keys, parties

PUB = "2025-03-12"

found = finder(PUB)


def test_the_two_governments_are_the_two_states_not_the_most_told_pair(coder):
    text = ("MALE (Reuters) - The Maldivian coast guard seized three Sri Lankan fishing boats and "
            "arrested 15 fishermen on Monday. Sri Lanka freed two Maldivian sailors last year after "
            "a visit to Colombo by the Maldivian foreign minister. The two governments agreed in "
            "January to set up a joint committee on fishing.")  # fmt: skip
    e = [x for x in found(coder, text, "AGREE") if "agreed" in x["trigger"]]
    assert e and parties(e[0]) == {"MDV", "LKA"}, e
    assert all(c.endswith("GOV") for c in codes(e[0]["source"] + e[0]["target"])), e


def test_the_authorities_are_the_country_of_the_story_not_a_foreign_embassy(coder):
    text = ("TASHKENT (Reuters) - Uzbek police detained four bloggers on Monday. The British embassy "
            "said it was following the case. The European Union called on the authorities to free "
            "the bloggers.")  # fmt: skip
    e = [x for x in found(coder, text, "REQUEST") if x["source"] and keys(x["source"]) == {"EU"}]
    assert e and keys(e[0]["target"]) == {"UZB"}, e


def test_a_quoted_verdict_after_a_noun_phrase_is_a_disapproval_of_the_act_told(coder):
    text = ("ALMATY (Reuters) - Kazakhstan closed its border with Kyrgyzstan on Friday. Kyrgyzstan's "
            'foreign ministry called the closure of the border "unacceptable".')  # fmt: skip
    acc = found(coder, text, "ACCUSE")
    assert acc and keys(acc[0]["source"]) == {"KGZ"} and keys(acc[0]["target"]) == {"KAZ"}, acc
    # the closure named is Kazakhstan's, told before: not a second closure by Kyrgyzstan
    assert not [x for x in found(coder, text, "COERCE") if keys(x["source"]) == {"KGZ"}]


def test_an_arranged_release_is_a_concession(coder):
    e = found(coder, "Under the accord, the Malian government is to release 30 detained rebels.",
              "CONCEDE")  # fmt: skip
    assert e and keys(e[0]["source"]) == {"MLI"}, e


def test_government_forces_named_by_rebels_are_their_own_government(coder):
    text = ("DAKAR (Reuters) - Senegal sent 500 soldiers to Guinea-Bissau last year. Senegal's "
            "army said on Monday its troops would stay until June. The CMA rebels in Mali accused "
            "government forces of shelling their positions near Kidal.")  # fmt: skip
    e = [x for x in found(coder, text, "ACCUSE") if "accused" in x["trigger"]]
    assert e and codes(e[0]["target"]) == ["MLIMIL"], e


def test_the_opposition_a_government_frees_is_its_own(coder):
    text = ("NAIROBI (Reuters) - Kenya hosted talks between Ethiopia's government and its "
            "opponents. The government freed 25 opposition officials on Monday.")  # fmt: skip
    e = [x for x in found(coder, text, "RETREAT") if "freed" in x["trigger"]]
    assert e and codes(e[0]["target"]) == ["ETHOPP"], e


def test_an_opposition_office_holder_is_opposition(coder):
    text = ("QUITO (Reuters) - Ecuador's government raised fuel prices on Monday. Opposition "
            "senator Luis Paredes accused the government of corruption.")  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["ECUOPP"], e
