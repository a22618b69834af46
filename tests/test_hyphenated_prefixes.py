"""Words with a hyphenated "re-" or "co-" prefix stay one token (invented sentences).

spaCy splits "re-impose" into "re", "-", "impose"; the parser then makes "re" the verb and
"impose" its conjunct, and the pattern on "impose sanctions" loses its subject and modal.
"""

from __future__ import annotations

from dotterel.nlp import parse, unhyphenated
from dotterel.prefilter import Prefilter

from .conftest import event_rows


def _token(doc, text):
    return next(t for t in doc if t.text == text)


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
