"""A definite state body with no country in its phrase ("the State Security Service", "the
intelligence agency") is the body of the country the story is about, as "the ministry" and
"the army" are: intelligence (SPY) is a state sector like the others."""

from tests.conftest import event_rows


def test_security_service_takes_the_story_country(coder):
    text = (
        "YEREVAN (AP) - Armenian police detained 20 protesters on Monday. "
        "The National Security Service accused the opposition of plotting a coup."
    )
    rows = event_rows(coder, text, "2026-03-03")
    accuse = [r for r in rows if r[0] == "ACCUSE"]
    assert accuse and accuse[0][2] == ["ARMSPY"], rows


def test_intelligence_agency_of_the_dateline_country(coder):
    text = (
        "VILNIUS (Reuters) - Lithuania expelled two Belarusian diplomats on Tuesday. "
        "The intelligence agency accused Minsk of recruiting agents among truck drivers."
    )
    rows = event_rows(coder, text, "2026-04-08")
    accuse = [r for r in rows if r[0] == "ACCUSE"]
    assert accuse and accuse[0][2][0].startswith("LTU"), rows
