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
NEGOTIATING_PARTY_NOUNS = word_class("negotiating_party_nouns")
ANY_KIND_PAIR_NOUNS = word_class("any_kind_pair_nouns")
COUPLE_NOUNS = word_class("couple_nouns")  # "the pair", "the duo": two by themselves
LEADER_NOUNS = {"leader", "president", "premier", "head", "chief", "ruler", "strongman"}
# role nouns a definite description can use for a person named before ("the Russian
# leader", "the top national security aide", "the secretary-general")
DESCRIPTION_NOUNS = LEADER_NOUNS | {
    "minister", "secretary", "chancellor", "aide", "adviser", "advisor", "envoy", "diplomat",
    "spokesman", "spokeswoman", "spokesperson", "general", "commander", "ambassador",
    "secretary-general", "king", "queen", "emir", "monarch", "prince", "sultan", "prosecutor",
    "judge", "mayor", "governor", "senator", "lawmaker", "chairman", "chairwoman", "director",
    "incumbent", "candidate", "nominee", "politician", "statesman", "dictator", "autocrat",
}  # fmt: skip
ORG_WORDS = {"company", "group", "bank", "corp", "corporation", "inc", "ltd", "airlines",
             "airways", "party", "front", "army", "council", "ministry", "agency", "university",
             "institute", "foundation", "news", "times", "post", "oil", "gas", "energy",
             "holding", "holdings", "motors", "telecom", "media", "tv", "radio", "neft", "fund",
             "club", "league", "union", "association", "committee", "court", "police",
             "confederation", "federation", "congress", "assembly", "alliance", "movement",
             "organisation", "organization", "commission", "authority", "office", "department",
             "service", "forces", "command", "coalition", "syndicate", "brigade", "brigades",
             "battalion", "centre", "center", "network", "society"}  # fmt: skip
# "it is unclear whether ...", "it was not clear", "it is time": no referent
EXPLETIVE_WORDS = {"true", "false", "clear", "unclear", "likely", "unlikely", "possible", "impossible",
                   "important", "necessary", "difficult", "hard", "easy", "time", "obvious", "certain",
                   "uncertain", "known", "unknown", "understood", "expected", "feared", "believed",
                   "said", "reported", "thought", "estimated", "worth", "essential", "crucial",
                   "vital", "imperative", "urgent", "wrong", "right", "up"} | word_class(
                       "expletive_predicates")  # data/word_classes.yaml  # fmt: skip
CURRENCY_WORDS = {"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "$", "cent"}
# singular nouns for one person: such a phrase is "he" or "she", never "it"
PERSON_ROLE_NOUNS = DESCRIPTION_NOUNS | {
    "official", "spokesman", "spokeswoman", "officer", "soldier", "activist", "journalist",
    "reporter", "militant", "man", "woman", "lawyer", "source", "negotiator", "mediator",
}  # fmt: skip
# adjectives that say nothing about which person is meant
NEUTRAL_ADJ = {"top", "senior", "veteran", "new", "outgoing", "incoming", "embattled",
               "current", "powerful", "influential", "elderly", "young", "longtime",
               "long-time", "then", "beleaguered", "controversial", "populist", "nationalist",
               "conservative", "liberal", "hardline", "moderate", "defiant", "visiting",
               "chief", "main", "leading", "former", "ex"}  # fmt: skip
# "Israel's militia ally", "Iran's proxies": forces of someone else than the named country
ALLY_NOUNS = {"ally", "allies", "proxy", "proxies", "surrogate", "surrogates", "client", "clients"}
QUANTITY_NOUNS = word_class("quantity_nouns")  # data/word_classes.yaml
MINISTRY_NOUNS = {"ministry", "department", "secretariat", "office"}
COLLECTIVE_NOUNS = {"group", "team", "delegation", "contingent", "unit"}
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
# "the ruling party", "the opposition alliance", "a rival group": a body of another kind than
# the one named lately, no reference back to it
OTHER_BODY_WORDS = {"ruling", "governing", "opposition", "rival", "other", "another"}
# "his counterpart", "their victims", "the group's hostages": the other side of a relation, not
# of the possessor's country or group
OTHER_SIDE_NOUNS = {"counterpart", "victim", "hostage", "captive", "detainee", "enemy", "foe", "opponent",
                    "adversary", "rival", "target"}  # fmt: skip
# "the Fund" after the International Monetary Fund, never any fund (data/word_classes.yaml)
NAMED_ONLY_ANAPHORS = word_class("named_only_anaphors")
OWN_NAME_ANAPHORS = word_class("own_name_anaphors")  # data/word_classes.yaml
SPEAKERS_OWN_BODY_NOUNS = word_class("speakers_own_body_nouns")  # data/word_classes.yaml
# what a political party is called as a whole ("his Chadema party", "her Labour bloc")
PARTY_NOUNS = {"party", "bloc", "alliance", "coalition", "movement"}
# what "the group", "the party" ... can refer back to (other anaphors: any organisation)
# (tried in order: "the group" is an armed or political group before it is an NGO)
_NON_STATE_GROUPS = {"REB", "IMG", "UAF", "OPP", "PTY", "CRM", "RAD", "SEP"}
_NON_STATE = [_NON_STATE_GROUPS, {"NGO", "HRI"}]
GROUP_SECTORS = {"group": _NON_STATE, "faction": _NON_STATE, "movement": _NON_STATE,
                 "militia": [{"REB", "IMG", "UAF", "MIL"}], "network": _NON_STATE,
                 "party": [{"PTY", "OPP"}], "bloc": [{"IGO"}], "alliance": [{"IGO", "MIL", "PTY"}],
                 "court": [{"JUD", "IGO"}], "mission": [{"IGO", "MIL"}],
                 "coalition": [{"MIL", "IGO"}, {"OPP", "PTY"}],
                 # "the union" is a trade union (a union of states calls itself so: "the
                 # European Union"), never the rights group or agency named last
                 "union": [{"LAB"}]}  # fmt: skip
# "Rainsy's deputy", "Maduro's representatives": people acting for the person named, in
# that person's sector (an opposition leader's deputy is OPP, not LEG)
ASSOCIATE_NOUNS = {"deputy", "aide", "spokesman", "spokeswoman", "spokesperson", "adviser",
                   "advisor", "representative", "envoy", "emissary", "loyalist", "lieutenant",
                   "confidant", "negotiator", "delegation", "delegate", "camp", "ally",
                   "coordinator", "staffer", "campaigner"} | word_class(
                       "counsel_nouns")  # data/word_classes.yaml  # fmt: skip
# the sides whose supporters are of that side ("supporters of the opposition"); other
# backers are the public (CVL) (sectors._supporters_of_body)
SUPPORTER_SIDES = {"OPP", "REB", "PTY", "LAB", "EDU", "AGR", "REL", "RAD"}
# words that name a body in an organisation's own name besides ORG_WORDS
ORG_BODY_WORDS = {"confederation", "federation", "movement", "coalition", "alliance", "congress",
                  "organisation", "organization", "assembly", "syndicate", "collective", "forces"}  # fmt: skip
ORG_NAME_WORDS = ORG_WORDS | ORG_BODY_WORDS
# a person's followers (_supporters): his party's base, or the public
SUPPORTER_NOUNS = {"supporter", "follower", "sympathiser", "sympathizer", "partisan", "devotee"}
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "mouthpiece"}
# verbs whose object is someone, not something: an object "it" after them is a body named
# before, subject or not ("accused the party ... and said it would ban it")
ACTOR_OBJECT_VERBS = word_class("actor_object_verbs")  # data/word_classes.yaml
# the people of a body that "its" stands for: a party's, group's or union's, not a state's
# ("its leader was arrested"; a state's "its president" is not one of these)
BODY_LEADER_NOUNS = {"leader", "leadership", "chairman", "chairwoman", "chairperson", "founder",
                     "member", "members", "supporter", "supporters", "activist", "activists",
                     "candidate", "candidates", "spokesman", "spokeswoman", "spokesperson"}  # fmt: skip
# the chair of a body, which a bloc has as well as a party ("Its chairman" after a bloc)
CHAIR_NOUNS = word_class("chair_nouns")  # data/word_classes.yaml
# the posts of an organisation's own officers: "the bloc's executive secretary, X" speaks for
# the bloc whatever national office the files list for X before ("secretary" also heads
# "secretary-general" after the hyphen split)
BODY_OFFICE_NOUNS = {"secretary", "secretary-general", "chairman", "chairwoman", "chairperson",
                     "chair", "head", "chief", "director", "commissioner", "president"}  # fmt: skip
# bodies named by a plural noun without -s ("the police said they"), never "it"
PLURAL_BODIES = {"police", "personnel", "people"}
# sectors of people, not of bodies: "it" never stands for them
PEOPLE_SECTORS = {"CVL", "REF", "IMG", "ELI"}
# people who belong to a body: "leaders of the opposition coalition" are OPP
MEMBER_NOUNS = {"leader", "head", "chief", "official", "member", "representative", "delegate"}
# the members of an organisation's meeting, named again without it ("EU leaders ... the
# leaders", "NATO defence ministers ... ministers")
SUMMIT_MEMBER_NOUNS = word_class("summit_member_nouns")  # data/word_classes.yaml
# titles that say only that a person speaks or acts for a body: the body's sector named with
# them is the person's ("police spokesman X" is COP, "union official X" LAB, "opposition
# deputy X" OPP), not the title's own GOV or LEG added to it
REPRESENTATIVE_TITLES = SPOKES_NOUNS | MEMBER_NOUNS | {"secretary general", "secretary-general",
                                                      "deputy", "spokesmen", "officials"}  # fmt: skip
# people of a body who are not its representatives by title but are its own: "its executives"
BODY_PEOPLE_NOUNS = {"executive", "officer", "cadre", "activist"}
# bare followers: of the party told of just before (a person's: SUPPORTER_NOUNS, _supporters)
FOLLOWER_NOUNS = {"supporter", "follower"}
# "a delegation led by X": the group is X's (data/word_classes.yaml)
LEADING_VERBS = word_class("leading_verbs")
# members of a force named without the force (countries.ImplicitCountry._force_told): bare
# "officers" are of the one police or army told of just before, bare soldiers of the one army
# (lemmas)
FORCE_MEMBER_NOUNS = {"officer"}
BARE_TROOP_NOUNS = {"troop", "soldier", "serviceman", "paratrooper", "commando"}
# how far back a bare member of a force looks for its force: this sentence and this many before
FORCE_WINDOW = 3
# how far back "Police fired tear gas" in a dateline's country looks for other countries or
# forces before it takes the police for that country's own (countries._domestic_force_home)
HOME_WINDOW = 2
# ranks before another title ("Deputy government spokesman X"): the later title says what
# the person is
RANK_TITLES = {"deputy", "vice", "assistant", "acting"}
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
# modifiers that make a former office holder only when nothing else says what the person is:
# "exiled opposition leader X" is OPP, "exiled leader X" of no known role is ELI
WEAK_FORMER = {"exiled", "self-exiled"}
# verbs by which news media report a story: such a medium is no antecedent of "it"/"they"
REPORT_VERBS = word_class("media_report_verbs")
# nouns of armed violence whose national modifier is the armed forces: "Indian fire",
# "Russian shelling", "Israeli air strikes" (INDMIL, RUSMIL, ISRMIL)
ATTACK_NOUNS = word_class("attack_nouns")  # data/word_classes.yaml
# meetings and accords named after the city where they are held: "the Pretoria talks"
CITY_NAMED_ACCORDS = word_class("city_named_accords")
CITY_NOUNS = {"capital", "city", "town", "outskirts", "suburb", "centre", "center", "streets"}
# words for a crowd: "the crowd" is the protesters named just before
CROWD_NOUNS = word_class("crowd_nouns")  # data/word_classes.yaml
JIHADIST_NOUNS = {"jihadist", "jihadi", "extremist", "terrorist", "islamist"}
# ("the fighters" is left to the events: too often the other side, as "the SDF advanced
# against the fighters"; "the militants" is ATTACKER_NOUNS below, with that guard)
INSURGENT_NOUNS = {"rebel", "insurgent", "guerrilla", "paramilitary"}
# those named by what they did or carry: "the attackers", "the gunmen", "the militants" are
# the one armed group the story has named, if it named exactly one (anaphora.py)
ATTACKER_NOUNS = word_class("attacker_nouns")  # data/word_classes.yaml
# the sectors of armed men ("Kurdish fighters", "Baloch militants")
ARMED_MEN_SECTORS = sector_class("armed_men_sectors")
# a capital after these is where something happens, not who does it ("talks in Moscow")
CAPITAL_PLACE_PREPS = word_class("capital_place_preps")


# armed men whose "from" phrase says whose they are (data/word_classes.yaml)
FIGHTER_NOUNS = word_class("fighter_nouns")
# those who serve a person: "an adviser to X" is of X's side (not "an envoy to X")
ADVISER_NOUNS = {"adviser", "advisor", "aide", "assistant", "counsellor", "counselor", "confidant"}
# the portfolio words of a ministry or department and of its head's title ("the U.S. Treasury",
# "Treasury Secretary X"; "Iran's foreign ministry", "Foreign Minister X")
PORTFOLIO_WORDS = word_class("portfolio_words")  # data/word_classes.yaml
