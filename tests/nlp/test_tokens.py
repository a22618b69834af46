"""Tokenisation: hyphenated prefixes, typographic apostrophes and dashes, bullets and full
stops (invented sentences)."""

from __future__ import annotations

from dotterel.nlp import parse, unhyphenated
from dotterel.prefilter import Prefilter
from tests.conftest import codes, event_rows, events_of, finder, keys
from tests.helpers import (
    _rows,
    found_2011_03_09,
    found_2024_05_02,
    found_2026_03_18,
    found_2026_11_28,
    mentions,
)

found = finder("2025-03-05")


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_one_word_names_spelt_without_the_articles_hyphen(kb):
    for name, org in (("al Nusra", "NUSRA"), ("Al Haq", "ALHAQ"), ("al Shabaab", "ALSHABAAB")):
        assert [t.entity.org for t in kb.lookup(name)] == [org], name
    text = "Fighters loyal to al Nusra seized two villages near the border on Monday."
    got = mentions(kb, text)
    assert kb.orgs["NUSRA"].code in [c for _, c, _, _ in got], got


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


def test_an_acronym_inside_a_hyphenated_alliance_name_is_not_that_party(kb):
    got = mentions(kb, "The opposition PP-NV bloc walked out of the chamber in Vilnius.")
    assert not any(c and c.startswith("ESP") for _, c, _, _ in got), got
    got = mentions(kb, "Leaders of the NV-PP alliance met the president.")
    assert not any(c and c.startswith("ESP") for _, c, _, _ in got), got
    # the party's own acronym, a "PP-led" government and two known names joined stay
    got = mentions(kb, "The PP won the regional vote in Galicia.")
    assert any(c and c.startswith("ESP") for _, c, _, _ in got), got
    got = mentions(kb, "The PP-led council cut the budget.")
    assert any(c and c.startswith("ESP") for _, c, _, _ in got), got
    doc = next(parse(["The US-UK trade talks resumed."]))
    assert {"USA", "GBR"} <= {m.term.entity.country for m in kb.match(list(doc))}


def test_a_dateline_with_accented_capitals():
    from dotterel.clean import clean

    assert clean("BOGOTÁ — Colombia suspended talks on Sunday.").dateline == "Bogotá"
    assert clean("YAOUNDÉ, Cameroon (Reuters) - Police fired tear gas.").dateline == "Yaoundé"
    assert clean("Asunción, May 3 (Reuters) - Police fired tear gas.").dateline == "Asunción"
    assert clean("BREAKING - Police fired tear gas.").dateline is None


def test_st_vincent_without_a_full_stop_is_the_island_state(coder):
    text = "The two presidents met on the Caribbean island of St Vincent on Thursday."
    evs = found_2026_11_28(coder, text, "CONSULT")
    assert evs and all((e["location"] or {}).get("country") == "VCT" for e in evs), evs


def test_prefixed_verbs_are_one_token_with_the_stem_lemma():
    doc = next(
        parse(["Rebels re-took the town and the army re-entered it after he was re-elected."])
    )
    assert _token(doc, "re-took").lemma_ == "re-take"
    assert _token(doc, "re-entered").lemma_ == "re-enter"
    assert _token(doc, "re-elected").lemma_ == "re-elect"
    assert _token(doc, "re-took").dep_ == "ROOT"


def test_other_hyphens_still_split():
    doc = next(parse(["The well-known envoy met the pro-Russian mayor."]))
    assert "well-known" not in [t.text for t in doc]
    assert "pro-Russian" not in [t.text for t in doc]


def test_unhyphenated_keeps_words_that_would_change_meaning():
    assert unhyphenated("re-impose") == "reimpose"
    assert unhyphenated("co-operation") == "cooperation"
    assert unhyphenated("re-sign") == "re-sign"  # to sign again is not to resign
    assert unhyphenated("pre-war") == "pre-war"


def test_a_hyphenated_reimposition_keeps_its_subject_and_modal(coder):
    rows = event_rows(coder, "Canada will re-impose sanctions on Belarus.", "2024-05-02")
    plain = event_rows(coder, "Canada will reimpose sanctions on Belarus.", "2024-05-02")
    assert rows == plain
    assert rows and rows[0][2:4] == (["CAN"], ["BLR"]), rows


def test_a_prefixed_verb_not_in_the_lexicon_is_read_as_its_stem(coder):
    rows = event_rows(
        coder, "Police in Uganda re-arrested the opposition leader on Monday.", "2024-05-02"
    )
    assert [r[0] for r in rows] == ["COERCE"], rows


def test_prefilter_knows_the_lemmas_of_prefixed_words(coder):
    pf = Prefilter(coder.lexicon, kb=coder.kb)
    assert "retake" in pf.lemmas("re-took")
    assert "reimpose" in pf.lemmas("re-imposed")
    assert "cooperation" in pf.lemmas("co-operation")
    assert "arrest" in pf.lemmas("re-arrested")  # match.lemma's stem fallback
    assert "resign" not in pf.lemmas("re-signed")  # to sign again


def test_st_vincent_without_a_full_stop_is_the_country(coder):
    text = ("PORT OF SPAIN - The foreign ministers of Belize and Honduras met on the island of "
            "St Vincent on Tuesday to discuss fishing rights.")  # fmt: skip
    evs = found_2024_05_02(coder, text, "CONSULT")
    assert evs and evs[0]["location"]["country"] == "VCT", evs


def test_a_typographic_contraction_is_the_same_auxiliary(coder):
    # news sites print "they’ll", "we’ll": the future is still a plan, not a done act
    for apostrophe in ("'", "\u2019"):
        text = (
            f"Turkish officials said they{apostrophe}ll send troops to the border town next week."
        )
        evs = [e for e in events_of(coder, text, "2018-03-20") if e["type"] == "MOBILIZE"]
        assert evs and all(e["modality"] == "planned" for e in evs), (apostrophe, evs)


def test_word_classes_match_typographic_apostrophes():
    from dotterel.words import word_class

    assert {"'ll", "\u2019ll"} <= word_class("planned_aux")


def test_a_bullet_ends_a_sentence():
    from dotterel.nlp import paragraphs

    got = [
        p.text
        for p in paragraphs("We are complicit. Jane Smith, Leeds \u2022 Last week the envoy spoke.")
    ]
    assert got == ["We are complicit. Jane Smith, Leeds", "Last week the envoy spoke."], got


def test_typographic_will_makes_a_conditional_threat(coder):
    rows = _rows(
        coder,
        "Iran warned that if the board passed the resolution, we\u2019ll raise uranium enrichment.",
    )
    assert "THREATEN" in [t for t, _ in rows]


def test_spaced_en_dash_is_a_break(nlp):
    from dotterel.events.extract.common import _after_comma

    doc = nlp("Kenya rejected the plan \u2013 urging Uganda to withdraw its troops.")
    verb = next(t for t in doc if t.lower_ == "rejected")
    part = next(t for t in doc if t.lower_ == "urging")
    assert _after_comma(verb, part)
    doc = nlp("Kenya rejected the plan after a two\u2013day meeting, urging calm.")
    assert not _after_comma(
        next(t for t in doc if t.lower_ == "rejected"), next(t for t in doc if t.lower_ == "after")
    )


def test_the_backer_of_a_hyphenated_phrase_is_not_its_actor(coder):
    e = found_2026_03_18(
        coder, "The UN-backed government in Mogadishu released 20 prisoners.", "RETREAT"
    )
    assert e and codes(e[0]["source"]) == ["SOMGOV"], e


def test_an_infinitive_after_a_hyphenated_phrase_is_the_wrappers(coder):
    # the parser hangs "to reopen" on "agreed" as an adverbial clause; the hyphen of "two-day"
    # between them was read as a comma, so the reopening was coded as done, not agreed to
    text = "Ghana and Togo agreed at a two-day meeting in Accra to reopen the border."
    e = found_2011_03_09(coder, text, "CONCEDE")
    assert e and "GHA" in keys(e[0]["source"]), e
    assert not found_2011_03_09(coder, text, "RETREAT")


def test_a_dotted_abbreviation_before_a_hyphen_is_split_off():
    # spaCy keeps "U.S.-drafted" whole (its hyphen rule wants a letter before the hyphen);
    # split as "UK-drafted" is, the abbreviation is a name of its own
    got = [[t.text for t in d] for d in parse(["a U.S.-drafted text and a U.N.-brokered truce"])]
    assert got == [
        ["a", "U.S.", "-", "drafted", "text", "and", "a", "U.N.", "-", "brokered", "truce"]
    ]
    # a pair of names keeps its hyphen as spaCy reads it
    assert "U.S.-Mexico" in [t.text for d in parse(["the U.S.-Mexico border"]) for t in d]


def test_the_drafter_of_a_resolution_told_with_a_dotted_abbreviation_is_its_owner(coder):
    text = "China and Russia vetoed a U.S.-drafted resolution on Tuesday."
    got = found_2024_05_02(coder, text, "REJECT")
    assert got and keys(got[0]["target"]) == {"USA"}, got
