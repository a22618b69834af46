"""The word lists of actor resolution: pronouns, role and title nouns, organisation words,
anaphors and the sectors they may refer back to. Kept apart from the rules so that every
module of the package reads from one list (most long lists live in data/word_classes.yaml)."""

from __future__ import annotations

from ...words import sector_class, word_class

NAME_DEPS = {
    "compound",
    "amod",
    "poss",
    "nmod",
    "det",
    "nummod",
    "case",
    "punct",
    "quantmod",
    "advmod",
}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
FEMININE = {"she", "her", "hers", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
# reflexives, which can also stand after a noun only to stress it ("the army itself")
EMPHATIC_REFLEXIVES = {
    w for w in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS if w.endswith(("self", "selves"))
}
REPORTING_LEMMAS = word_class("statement_verbs")  # data/word_classes.yaml
SAY_VERBS = word_class("quote_verbs")  # data/word_classes.yaml
STATEMENT_INTRO_VERBS = word_class("statement_intro_verbs")  # data/word_classes.yaml
COUNTRY_NOUNS = word_class("country_nouns")  # data/word_classes.yaml
NEIGHBOUR_NOUNS = word_class("neighbour_nouns")  # data/word_classes.yaml
TERRITORY_NOUNS = word_class("territory_nouns")  # "the island's government" (Taiwan)
PAIR_NOUNS = word_class("pair_nouns")
PAIR_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}
PERSON_PAIR_NOUNS = word_class("pair_person_nouns")
TALKS_PARTY_NOUNS = word_class("talks_party_nouns")
TRUCE_NOUNS = word_class("truce_nouns")  # "welcomed the truce and urged both sides"
FIGHT_CALL_WORDS = word_class("fight_call_words")  # "urged both sides to show restraint"
NEGOTIATING_PARTY_NOUNS = word_class("negotiating_party_nouns")
ANY_KIND_PAIR_NOUNS = word_class("any_kind_pair_nouns")
COUPLE_NOUNS = word_class("couple_nouns")  # "the pair", "the duo": two by themselves
LEADER_NOUNS = word_class("leader_nouns")  # data/word_classes.yaml
DESCRIPTION_NOUNS = word_class("description_nouns")  # data/word_classes.yaml
ORG_WORDS = word_class("org_words")  # data/word_classes.yaml
EXPLETIVE_WORDS = word_class("expletive_words")  # data/word_classes.yaml
CURRENCY_WORDS = word_class("currency_words")  # data/word_classes.yaml
PERSON_ROLE_NOUNS = word_class("person_role_nouns")  # data/word_classes.yaml
NEUTRAL_ADJ = word_class("neutral_adjectives")  # data/word_classes.yaml
ALLY_NOUNS = word_class("ally_nouns")  # data/word_classes.yaml
QUANTITY_NOUNS = word_class("quantity_nouns")  # data/word_classes.yaml
MINISTRY_NOUNS = word_class("ministry_nouns")  # data/word_classes.yaml
COLLECTIVE_NOUNS = word_class("collective_nouns")  # data/word_classes.yaml
NUMERIC_QUANTITIES = word_class("numeric_quantities")
NAME_HEADS = word_class("name_heads")  # data/word_classes.yaml
MODIFIER_NAME_HEADS = word_class("modifier_name_heads")
NAME_GLUE = {
    "of",
    "for",
    "the",
    "and",
    "&",
    "a",
    "in",
    "to",
    "de",
    "du",
    "des",
    "la",
    "le",
    "'s",
    "-",
}


ORG_ANAPHORS = word_class("org_anaphors")  # data/word_classes.yaml
# words that put a party in power: "the ruling Patriotic Party" is the government (GOV)
RULING_WORDS = word_class("ruling_words")  # data/word_classes.yaml
OTHER_BODY_WORDS = word_class("other_body_words")  # data/word_classes.yaml
OTHER_SIDE_NOUNS = word_class("other_side_nouns")  # data/word_classes.yaml
# "the Fund" after the International Monetary Fund, never any fund (data/word_classes.yaml)
NAMED_ONLY_ANAPHORS = word_class("named_only_anaphors")
OWN_NAME_ANAPHORS = word_class("own_name_anaphors")  # data/word_classes.yaml
STATE_BODY_ANAPHORS = word_class("state_body_anaphors")  # data/word_classes.yaml
SPEAKERS_OWN_BODY_NOUNS = word_class("speakers_own_body_nouns")  # data/word_classes.yaml
PARTY_NOUNS = word_class("political_party_nouns")  # data/word_classes.yaml
# what "the group", "the party" ... can refer back to (other anaphors: any organisation)
# (tried in order: "the group" is an armed or political group before it is an NGO)
_NON_STATE_GROUPS = {"REB", "IMG", "UAF", "OPP", "PTY", "CRM", "RAD", "SEP"}
_NON_STATE = [_NON_STATE_GROUPS, {"NGO", "HRI"}]
GROUP_SECTORS = {"group": _NON_STATE, "faction": _NON_STATE, "movement": _NON_STATE,
                 "militia": [{"REB", "IMG", "UAF", "MIL"}], "network": _NON_STATE,
                 "party": [{"PTY", "OPP"}], "bloc": [{"IGO"}], "alliance": [{"IGO", "MIL", "PTY"}],
                 "court": [{"JUD", "IGO"}], "tribunal": [{"JUD"}], "mission": [{"IGO", "MIL"}],
                 "coalition": [{"MIL", "IGO"}, {"OPP", "PTY"}],
                 # "the union" is a trade union (a union of states calls itself so: "the
                 # European Union"), never the rights group or agency named last
                 "union": [{"LAB"}]}  # fmt: skip
ASSOCIATE_NOUNS = word_class("associate_nouns")  # data/word_classes.yaml
# the sides whose supporters are of that side ("supporters of the opposition"); other
# backers are the public (CVL) (sectors._supporters_of_body)
SUPPORTER_SIDES = {"OPP", "REB", "PTY", "LAB", "EDU", "AGR", "REL", "RAD"}
ORG_BODY_WORDS = word_class("org_body_words")  # data/word_classes.yaml
ORG_NAME_WORDS = ORG_WORDS | ORG_BODY_WORDS
SUPPORTER_NOUNS = word_class("supporter_nouns")  # data/word_classes.yaml
SPOKES_NOUNS = word_class("spokes_nouns")  # data/word_classes.yaml
# verbs whose object is someone, not something: an object "it" after them is a body named
# before, subject or not ("accused the party ... and said it would ban it")
ACTOR_OBJECT_VERBS = word_class("actor_object_verbs")  # data/word_classes.yaml
BODY_LEADER_NOUNS = word_class("body_leader_nouns")  # data/word_classes.yaml
# the chair of a body, which a bloc has as well as a party ("Its chairman" after a bloc)
CHAIR_NOUNS = word_class("chair_nouns")  # data/word_classes.yaml
BODY_OFFICE_NOUNS = word_class("body_office_nouns")  # data/word_classes.yaml
PLURAL_BODIES = word_class("plural_bodies")  # data/word_classes.yaml
# sectors of people, not of bodies: "it" never stands for them
PEOPLE_SECTORS = {"CVL", "REF", "IMG", "ELI"}
MEMBER_NOUNS = word_class("member_nouns")  # data/word_classes.yaml
# the members of an organisation's meeting, named again without it ("EU leaders ... the
# leaders", "NATO defence ministers ... ministers")
SUMMIT_MEMBER_NOUNS = word_class("summit_member_nouns")  # data/word_classes.yaml
REPRESENTATIVE_TITLES = word_class("representative_titles")  # data/word_classes.yaml
BODY_PEOPLE_NOUNS = word_class("body_people_nouns")  # data/word_classes.yaml
FOLLOWER_NOUNS = word_class("bare_follower_nouns")  # data/word_classes.yaml
# "a delegation led by X": the group is X's (data/word_classes.yaml)
LEADING_VERBS = word_class("leading_verbs")
FORCE_MEMBER_NOUNS = word_class("force_member_nouns")  # data/word_classes.yaml
BARE_TROOP_NOUNS = word_class("bare_troop_nouns")  # data/word_classes.yaml
# how far back a bare member of a force looks for its force: this sentence and this many before
FORCE_WINDOW = 3
# how far back "Police fired tear gas" in a dateline's country looks for other countries or
# forces before it takes the police for that country's own (countries._domestic_force_home)
HOME_WINDOW = 2
RANK_TITLES = word_class("rank_titles")  # data/word_classes.yaml
# sectors of people and bodies of a country's own civic life (unions, opposition, students,
# parties): with no nationality in the phrase, in a story clearly about one country, they are
# of that country ("a regional union official", "other opposition leaders")
CIVIC_SECTORS = sector_class("civic_sectors")  # data/word_classes.yaml
# sectors whose offices the people files date precisely: a title from the text does not
# override them ("President X" of a former president is still ELI); other roles are dated
# loosely (opposition leaders, rebel chiefs), so "opposition leader X" is believed
OFFICE_SECTORS = sector_class("public_office_sectors")  # data/word_classes.yaml
# a state's own bodies (government, forces, police, courts, legislature, intelligence)
STATE_SECTORS = sector_class("state_sectors")  # data/word_classes.yaml
WEAK_FORMER = word_class("weak_former_words")  # data/word_classes.yaml
# verbs by which news media report a story: such a medium is no antecedent of "it"/"they"
REPORT_VERBS = word_class("media_report_verbs")
# nouns of armed violence whose national modifier is the armed forces: "Indian fire",
# "Russian shelling", "Israeli air strikes" (INDMIL, RUSMIL, ISRMIL)
ATTACK_NOUNS = word_class("attack_nouns")  # data/word_classes.yaml
# meetings and accords named after the city where they are held: "the Pretoria talks"
CITY_NAMED_ACCORDS = word_class("city_named_accords")
CITY_NOUNS = word_class("city_nouns")  # data/word_classes.yaml
# words for a crowd: "the crowd" is the protesters named just before
CROWD_NOUNS = word_class("crowd_nouns")  # data/word_classes.yaml
JIHADIST_NOUNS = word_class("jihadist_nouns")  # data/word_classes.yaml
INSURGENT_NOUNS = word_class("insurgent_nouns")  # data/word_classes.yaml
# those named by what they did or carry: "the attackers", "the gunmen", "the militants" are
# the one armed group the story has named, if it named exactly one (anaphora.py)
ATTACKER_NOUNS = word_class("attacker_nouns")  # data/word_classes.yaml
# the sectors of armed men ("Kurdish fighters", "Baloch militants")
ARMED_MEN_SECTORS = sector_class("armed_men_sectors")
# a capital after these is where something happens, not who does it ("talks in Moscow")
CAPITAL_PLACE_PREPS = word_class("capital_place_preps")


# armed men whose "from" phrase says whose they are (data/word_classes.yaml)
FIGHTER_NOUNS = word_class("fighter_nouns")
ADVISER_NOUNS = word_class("adviser_nouns")  # data/word_classes.yaml
# the portfolio words of a ministry or department and of its head's title ("the U.S. Treasury",
# "Treasury Secretary X"; "Iran's foreign ministry", "Foreign Minister X")
PORTFOLIO_WORDS = word_class("portfolio_words")  # data/word_classes.yaml
