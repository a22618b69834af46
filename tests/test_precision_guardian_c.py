"""False events seen on a third fresh sample of long real news articles (reports, analysis
and comment on a cross-border offensive), with invented sentences: a listed person's surname
borne by someone else, ..."""

from __future__ import annotations

from .conftest import events_of


def _codes(evs, side="source"):
    return [a["code"] for e in evs for a in e[side]]


def test_a_listed_surname_after_another_given_name_is_someone_else(coder):
    # "Omar al-Hariri" is not the Lebanese prime minister; nor is "Hariri" later on
    text = (
        "Omar al-Hariri, a negotiator for the rebel council, said he welcomed the talks. "
        "Hariri also urged the EU to keep its funding. Hariri denied the council was divided."
    )
    evs = events_of(coder, text, "2018-01-16")
    assert not [c for c in _codes(evs) if c.startswith("LBN")], evs


def test_the_listed_person_keeps_a_bare_surname(coder):
    evs = events_of(
        coder,
        "Saad al-Hariri met the French president in Paris. Hariri urged the EU to help Lebanon.",
        "2018-01-16",
    )
    assert any(c.startswith("LBN") for c in _codes(evs)), evs
    evs = events_of(coder, "Hariri urged the EU to send more aid to Lebanon.", "2018-01-16")
    assert any(c.startswith("LBN") for c in _codes(evs)), evs
