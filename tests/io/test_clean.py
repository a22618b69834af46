"""Cleaning: junk out, with reasons; ordinary sentences untouched."""

from __future__ import annotations

import pytest

from dotterel.clean import clean


def reasons(text: str) -> list[str]:
    return [r.reason for r in clean(text).removed]


def test_related_story_card_is_cut_out_of_the_sentence():
    c = clean(
        "President TrumpDonald John TrumpSenate panel advances nominee for border agency MORE "
        "and Kim Jong Un met in Hanoi."
    )
    assert c.text == "President Trump and Kim Jong Un met in Hanoi."
    assert c.removed[0].reason == "related-card"
    assert c.removed[0].text.startswith("Donald John Trump")


def test_related_card_with_camel_case_surname():
    c = clean(
        "Sen. Mitch McConnellAddison (Mitch) Mitchell McConnellTrump vetoes bill MORE (R-Ky.) spoke."
    )
    assert "McConnell" in c.text and "vetoes" not in c.text


def test_photo_credit_caption_line_goes_whole():
    c = clean(
        "Protesters in Nairobi on Tuesday. Photograph: Jane Doe/AFP/Getty Images\n"
        "Police fired tear gas at protesters."
    )
    assert c.text == "Police fired tear gas at protesters."
    assert reasons("Photograph: Jane Doe/AFP\nText.") == ["photo-credit"]


def test_inline_agency_photo_credit():
    c = clean("The talks will be held in Geneva (AP Photo/Evan Vucci) next week.")
    assert c.text == "The talks will be held in Geneva next week."


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Share on Facebook", "share-buttons"),
        ("Share this article", "share-buttons"),
        ("Facebook Twitter Email", "share-buttons"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("ADVERTISEMENT", "advertisement"),
        ("Advertisement", "advertisement"),
        ("RELATED: Kenya police fire tear gas at protesters", "related-link"),
        ("Read more: How the deal fell apart", "related-link"),
        ("READ MORE: Russia expels diplomats", "related-link"),
        ("Full story: Nepal-India border row flares again", "related-link"),
        ("By Jane Doe, Reuters", "byline"),
        ("By JANE DOE and JOHN ROE", "byline"),
        ("Reporting by Tom Smith; Editing by Alex Richardson", "credits"),
        ("Last modified on Tue 14 Mar 2019 10.00 GMT", "timestamp"),
        ("© 2021 Demo News Ltd. All rights reserved.", "copyright"),
        ("Image caption Protesters gathered outside parliament", "caption"),
        ("Show key events only", "live-blog"),
        ("Updated 12 min ago", "live-blog"),  # not a timestamp: the live blog's own
        ("View all updates", "live-blog"),
    ],
)
def test_furniture_lines(line, reason):
    c = clean(f"{line}\nRussia expelled two diplomats on Monday.")
    assert c.text == "Russia expelled two diplomats on Monday."
    assert [r.reason for r in c.removed] == [reason]


@pytest.mark.parametrize(
    "text",
    [
        "By and large, the talks went well, officials said.",
        "Share prices fell after Russia imposed sanctions on the company.",
        "The newsletter was banned by the government on Monday, its editor said.",
        "Read the full statement, the ministry urged reporters on Tuesday.",
        "US - China talks resumed in Geneva.",
    ],
)
def test_sentences_that_look_like_furniture_are_kept(text):
    assert clean(text).text == text


@pytest.mark.parametrize(
    "text,place,rest",
    [
        ("MOSCOW (Reuters) - Russia said on Tuesday it would respond.", "Moscow", "Russia said"),
        ("KABUL, Afghanistan — Taliban fighters attacked a checkpoint.", "Kabul", "Taliban"),
        ("Seoul, March 14 (Reuters) - North Korea fired a missile.", "Seoul", "North Korea"),
        ("NEW YORK (AP) -- Protesters marched.", "New York", "Protesters"),
        ("WASHINGTON - The Senate voted.", "Washington", "The Senate"),
    ],
)
def test_datelines(text, place, rest):
    c = clean(text)
    assert c.dateline == place
    assert c.text.startswith(rest)
    assert "dateline" in [r.reason for r in c.removed]


def test_removed_spans_point_into_the_original_text():
    text = "By Jane Doe\nShare on Facebook\nMOSCOW (Reuters) - Russia expelled two diplomats."
    c = clean(text)
    for r in c.removed:
        assert text[r.start : r.end].strip() == r.text


def test_text_without_junk_is_unchanged():
    text = "Russia expelled two Estonian diplomats on Monday.\n\nEstonia said it would respond."
    assert clean(text).text == text


def test_inline_bullet_furniture():
    text = (
        "The minister should resign. Jane Roe, Leeds • Join the debate – email letters@example.com "
        "• Read more letters – click here to visit example.com/letters"
    )
    c = clean(text)
    assert c.text == "The minister should resign. Jane Roe, Leeds"
    assert {r.reason for r in c.removed} == {"furniture"}


def test_markdown_images_go_and_links_keep_their_words():
    c = clean(
        "![EU ministers arrive in Luxembourg](img/eu.jpg)\n"
        "The EU imposed [sanctions](https://example.org/x) on Belarus."
    )
    assert c.text == "The EU imposed sanctions on Belarus."
    assert "image" in {r.reason for r in c.removed}


def test_bare_caption_ending_with_the_agency_goes_whole():
    c = clean(
        "Farmers block the highway near Lyon with tractors on Monday. (AFP)\n"
        "Police cleared the highway on Tuesday."
    )
    assert c.text == "Police cleared the highway on Tuesday."
    assert reasons("Riot police stand outside the court in Quito. (Reuters/Jane Roe)\nText.") == [
        "caption"
    ]


def test_wire_photo_caption_with_agency_slash_photographer_goes_whole():
    # the caption of a wire photo ends with the agency in capitals and the photographer
    c = clean(
        "Farmers block the highway near Lyon, France, May 3, 2027. REUTERS/Stringer\n"
        "Police cleared the highway on Tuesday."
    )
    assert c.text == "Police cleared the highway on Tuesday."
    assert reasons(
        "Soldiers patrol the border near Tibu, May 2, 2027. REUTERS/Staff/File Photo\nText."
    ) == ["caption"]
    # a surname's lower-case particle belongs to the photographer's name
    assert reasons(
        "Protesters run from tear gas in Basra, Iraq, July 21, 2027. REUTERS/Essam al-Sudani\nText."
    ) == ["caption"]
    assert reasons("Troops patrol near Aden, May 2, 2027. REUTERS/Fawaz bin Salem\nText.") == [
        "caption"
    ]
    # prose that ends with a poll's name is a sentence
    assert reasons("Support fell to 38 percent, a Reuters/Ipsos poll showed.\nText.") == []


def test_any_agency_in_capitals_ends_a_wire_photo_caption():
    # the agencies of the inline credits, not only Reuters, AFP and EPA
    assert reasons(
        "Protesters rally outside parliament in Tbilisi, Georgia, March 9, 2027. AP/Jane Doe\nText."
    ) == ["caption"]
    assert reasons("Rescuers search the rubble in Herat, June 2, 2027. XINHUA/Li Wen\nText.") == [
        "caption"
    ]
    assert reasons("Most voters backed the plan, an AP/NORC survey found.\nText.") == []
    assert reasons("Most voters backed the plan, according to AP/NORC.\nText.") == []


def test_live_blog_entry_time_at_the_start_of_a_paragraph_goes():
    c = clean(
        "17:40 - Opposition leader Jane Roe has called a strike from Monday.\n\n"
        "5.10pm GMT: Police fired tear gas at the march.\n\n"
        "The vote was 3:1 - a clear win."
    )
    assert c.text.startswith("Opposition leader Jane Roe has called"), c.text
    assert "\nPolice fired tear gas at the march." in c.text
    assert "3:1 - a clear win" in c.text
    assert [r.reason for r in c.removed] == ["live-blog", "live-blog"]


def test_byline_with_the_wire_credits_after_it():
    c = clean("By Jane Doe; Editing by Tom Roe\nPolice cleared the highway on Tuesday.")
    assert c.text == "Police cleared the highway on Tuesday."
    assert [r.reason for r in c.removed] == ["byline"]


@pytest.mark.parametrize(
    "line",
    [
        "Police detained 20 protesters in Lyon on Monday, officials said. (Reuters)",
        "Police cleared the road. Farmers went home. The talks resume on Friday. (AFP)",
        "LYON, France, May 4 (AFP) - Police cleared the highway on Tuesday.",
        "The Ruritanian authorities have issued a curfew for the capital. (AFP)",
        "More than 30 farmers were detained near Lyon on Monday. (AP)",
        'He added: "We will not leave the square." (AFP)',
        "Four people died in the clashes, according to medics. (AFP)",
    ],
)
def test_story_lines_with_the_agency_stay(line):
    assert "caption" not in reasons(line + "\nText.")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("09:30 - Chile's envoy was summoned.", "Chile's envoy was summoned."),
        ("2.15pm GMT \u2013 Police fired tear gas.", "Police fired tear gas."),
        ("17:05 BST | The talks have ended.", "The talks have ended."),
        ("5pm: The army withdrew.", "The army withdrew."),
        ("11.40 EAT - Police cleared the road.", "Police cleared the road."),
    ],
)
def test_live_blog_entry_time_stamp_is_cut_from_the_start_of_its_line(line, kept):
    # the parser takes a bare "09:30" for the clause's subject (invented lines)
    text = "Live updates from our correspondents.\n\n" + line
    assert reasons(text) == ["live-blog"]
    assert clean(text).text.split("\n\n")[1] == kept


def test_numbers_and_scores_inside_a_sentence_are_not_time_stamps():
    text = "The motion passed 58 - 21 on Monday, and the session closed at 17:40 - late."
    assert clean(text).text == text


def test_a_reading_list_under_its_heading_goes_whole():
    text = (
        "Officials met in Thimphu on Monday.\n\nALSO WORTH READING\n\n"
        "Army chief visits Beijing (Nikkei Asia)\nPolice detain three lawmakers in Male\n\n"
        "Send tips to the desk.\n\nFurther reading:\nMinisters meet on border dispute\n"
        "The ministers met on Friday.\n"
    )
    c = clean(text)
    gone = {r.text.strip(): r.reason for r in c.removed}
    assert gone["Army chief visits Beijing (Nikkei Asia)"] == "related-link"
    assert gone["Police detain three lawmakers in Male"] == "related-link"
    assert gone["Ministers meet on border dispute"] == "related-link"
    # the story's sentences around the lists stay: prose ends a list, and so does its blank line
    assert "Officials met in Thimphu" in c.text and "Send tips to the desk." in c.text
    assert "The ministers met on Friday." in c.text
