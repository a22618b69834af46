"""Mentions -> actors: who a noun phrase, name or pronoun stands for on the article's date.

Order of evidence for a phrase headed by a token:
1. the knowledge base (a country, region, capital, seat of power, organisation, a dated
   person, or an entry of a PETRARCH dictionary given on the command line). People who
   share an alias ("Assad", "Kabila") are told apart by the article's date;
2. what the text itself says around a name: titles and nationality ("Nigerian President
   X"), possessives ("Hungary's foreign minister, X", "Turkey's X"), appositions ("X,
   Iran's president"), membership ("X of the opposition Labour Party"), "of" phrases
   ("the government of Iran"), sector nouns ("Russian troops");
3. what was learnt earlier in the same document: a role given once is reused for the
   surname later; a definite description ("the Russian leader", "the U.S. president",
   "the top national security aide") is the person named before who fits it;
4. pronouns (he/she/they/it/its) to the nearest compatible actor, preferring the subject of
   the current or previous sentence, and plurals that mean several actors ("the two
   leaders", "both sides", "they" after "X and Y").

Metonyms: a capital or seat of power used as an actor is the government ("repairing ties
between Washington and Moscow" -> USAGOV, RUSGOV; "the Kremlin said" -> RUSGOV); a capital
after a locative preposition ("talks in Moscow") is a place and names only the country.

Every Actor carries `why`: how it was found (`kb:person:president`, `text:person:...`,
`coref:person:description`, ...); `dotterel actors` prints it.

The package, one concern a module (`SentenceActors` is assembled in sentence.py from one
part per concern):
  sentence.py   SentenceActors: the entry points and the dispatch from a phrase head
  context.py    the evidence in the phrase around a head; the span of an actor
  names.py      proper names: people's names, names folded together, unknown bodies
  entities.py   knowledge-base names made into actors; dated and unlisted people
  sectors.py    sector-noun phrases ("Russian troops"), supporters and associates
  countries.py  the country of a phrase that names none; stateless peoples
  anaphora.py   descriptions and plurals that refer back ("the bloc", "the two leaders")
  pronouns.py   pronouns and the clause structures that decide them
  memory.py     what the document has said so far (Memory)
  vocab.py      the word lists; common.py small helpers on actors shared by the above
"""

from __future__ import annotations

from .common import is_person, role_of
from .memory import Memory, family_first, family_name
from .sentence import SentenceActors
from .vocab import ALLY_NOUNS, CROWD_NOUNS

__all__ = [
    "ALLY_NOUNS",
    "CROWD_NOUNS",
    "Memory",
    "SentenceActors",
    "family_first",
    "family_name",
    "is_person",
    "role_of",
]
