"""General causes found by the blind gold8 articles (gold/articles.jsonl, gold8-*), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import events_of, finder

found = finder("2026-06-12")


# -- a party name other countries share is the dateline country's party ---------------------------
def test_a_shared_party_name_abroad_is_the_local_party(coder):
    text = (
        "ULAANBAATAR (Reuters) - Democratic Party chairman Tsogt Bat said his party would not "
        "join the cabinet and called on the president to dissolve parliament."
    )
    e = found(coder, text, "REQUEST")
    assert e and {a["country"] for a in e[0]["source"]} == {"MNG"}, e
    text = "TIRANA (Reuters) - The Democratic Party accused the government of vote rigging."
    e = found(coder, text, "ACCUSE")
    assert e and {a["country"] for a in e[0]["source"]} == {"ALB"}, e


def test_a_shared_party_name_stays_home_where_its_country_is_named(coder):
    text = "KYIV (Reuters) - Democrats in the U.S. Congress accused the White House of delays."
    e = found(coder, text, "ACCUSE")
    assert e and {a["country"] for a in e[0]["source"]} == {"USA"}, e
    text = "WASHINGTON (Reuters) - The Democratic Party accused the president of lying."
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["source"][0]["org"] == "DEMOCRATS_USA", e


# -- a live blog's key-events list and an explainer's shouted questions are page furniture -------
def test_live_blog_key_events_and_shouted_questions_are_removed(coder):
    from dotterel.clean import clean

    text = (
        "Kenya protests live: police fire tear gas in Nairobi\n\nKey events\n"
        "Police fire tear gas at marchers in Nairobi\nOpposition leader arrested in Kisumu\n\n"
        "Show key events only\n\n14:05 BST\nMarch reaches parliament\n\n"
        "Several thousand people marched to parliament in Nairobi on Tuesday.\n\n"
        "WHY ARE THEY MARCHING?\n\nThe opposition wants the finance bill withdrawn.\n"
    )
    c = clean(text)
    gone = {r.text: r.reason for r in c.removed}
    assert gone["Opposition leader arrested in Kisumu"] == "key-events"
    assert gone["Show key events only"] == "live-blog"
    assert gone["WHY ARE THEY MARCHING?"] == "heading"
    assert "Several thousand people marched" in c.text and "March reaches parliament" in c.text
    events = [e["type"] for e in events_of(coder, text, "2026-06-16")]
    assert "COERCE" not in events, events  # the arrest is only in the key-events list


# -- two resignations by different people are two acts; "hours later" counts from the last date ----
def test_resignations_of_different_people_are_not_merged(coder):
    text = (
        "Two Liberal ministers resigned from the Nepalese cabinet on Monday. On Thursday "
        "parliament voted against the budget, and Prime Minister Ram Thapa handed his "
        "resignation to the president hours later."
    )
    e = found(coder, text, "RETREAT")
    assert len([x for x in e if x["mode"] == "resign"]) == 2, e
    thapa = next(x for x in e if "Thapa" in x["source"][0]["name"])
    assert thapa["date"]["start"] == "2026-06-11" and thapa["date"]["end"] <= "2026-06-12", thapa


def test_hours_later_and_earlier():
    import datetime as dt

    from dotterel import when

    anchor = when.When(dt.date(2026, 6, 11), dt.date(2026, 6, 11))
    for words, (a, b) in {"hours later": (11, 12), "a few hours later": (11, 12),
                          "three hours earlier": (10, 11)}.items():  # fmt: skip
        t = when.find(f"He resigned {words}.")[0]
        got = t.resolve(dt.date(2026, 6, 12), future=False, anchor=anchor)
        assert (got.start.day, got.end.day) == (a, b), (words, got)


# -- a movement named where one of its affiliates fights is that affiliate ------------------------
def test_a_movement_is_its_affiliate_where_that_one_fights(coder):
    text = "PEMBA, Mozambique (Reuters) - Islamic State militants attacked a police post on Sunday."
    e = found(coder, text, "ASSAULT")
    assert e and e[0]["source"][0]["org"] == "ISMOZ", e
    text = "JALALABAD, Afghanistan (Reuters) - Islamic State gunmen attacked a Taliban checkpoint."
    e = found(coder, text, "ASSAULT")
    assert e and e[0]["source"][0]["org"] == "ISKP", e
    # where the core fights, or two affiliates do, it stays the movement
    text = "RAQQA, Syria (Reuters) - Islamic State fighters attacked a Kurdish checkpoint."
    e = found(coder, text, "ASSAULT")
    assert e and e[0]["source"][0]["org"] == "ISIS", e
    text = "NIAMEY (Reuters) - Islamic State fighters attacked an army post near Tillaberi."
    e = found(coder, text, "ASSAULT")
    assert e and e[0]["source"][0]["org"] == "ISIS", e


# -- a warning is aimed at the one warned -----------------------------------------------------------
def test_a_warning_is_aimed_at_the_one_warned(coder):
    text = "Algeria warned Mali that its air force would shoot down any drone crossing the border."
    e = found(coder, text, "THREATEN")
    assert e and {a["country"] for a in e[0]["target"]} == {"MLI"}, e
    text = (
        "Turkey threatened to attack Kurdish fighters in Syria."  # no one warned: the act's target
    )
    e = found(coder, text, "THREATEN")
    assert e and {a["country"] for a in e[0]["target"]} == {"SYR"}, e


# -- a truce brokered between two parties is their truce ---------------------------------------------
def test_a_brokered_truce_is_the_parties_truce(coder):
    text = "Indonesia brokered a ceasefire between Thailand and Cambodia in February 2011."
    e = found(coder, text, "CONCEDE")
    assert e and {a["country"] for a in e[0]["source"]} == {"THA", "KHM"} and not e[0]["target"], e
    assert found(coder, text, "CONSULT")  # the mediation stays
    # talks brokered between them are no truce
    assert not found(coder, "Egypt brokered talks between Ethiopia and Sudan on Monday.", "CONCEDE")


def test_that_month_counts_from_the_event_told_before():
    import datetime as dt

    from dotterel import when

    anchor = when.When(dt.date(2011, 2, 1), dt.date(2011, 2, 28))
    t = when.find("Indonesia brokered a ceasefire that month.")[0]
    assert t.needs_anchor
    got = t.resolve(dt.date(2026, 8, 6), future=False, anchor=anchor)
    assert (got.start, got.end) == (dt.date(2011, 2, 1), dt.date(2011, 2, 28)), got
    t = when.find("They met again later that year.")[0]
    got = t.resolve(dt.date(2026, 8, 6), future=False, anchor=anchor)
    assert (got.start, got.end) == (dt.date(2011, 1, 1), dt.date(2011, 12, 31)), got


# -- a party the story calls the opposition is the opposition, later too ----------------------------
def test_a_party_called_the_opposition_stays_the_opposition(coder):
    text = (
        "ULAANBAATAR (Reuters) - Parliament removed the prime minister in a motion brought by "
        "the opposition Democratic Party. Democratic Party chairman Tsogt Bat called on the "
        "president to dissolve parliament."
    )
    e = found(coder, text, "REQUEST")
    assert e and e[0]["source"][0]["code"] == "MNGOPP", e
    text = (
        "DAR ES SALAAM (AFP) - Police arrested opposition Chadema supporters on Monday. "
        "The Chadema party accused the police of brutality."
    )
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["source"][0]["code"] == "TZAOPP" and e[0]["source"][0]["org"] == "CHADEMA", e
    # a party never called the opposition keeps its own code
    e = found(
        coder, "LONDON (Reuters) - The Labour Party accused the government of lying.", "ACCUSE"
    )
    assert e and e[0]["source"][0]["code"] == "GBRPTYLAB", e
