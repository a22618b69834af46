"""Attach time expressions and places to the event whose clause they belong to.

Time. An expression counts for an event when it hangs off the event's own clause: its
trigger, the verbs that govern it ("plans to visit ... next week"), or the noun that names
it ("the July 11 NATO summit", "Monday's attack"). "X said on Thursday that Y attacked Z
on Monday": the attack is Monday. A year that modifies another noun ("the 2015 nuclear
deal", "the 2016 election") or a phrase nested in another noun ("since the end of military
rule in 1990") dates that noun, not the event. The tense of the expression's own clause
decides past or future. With no expression of its own, an event inherits, in this order:
- from a clause it is coordinated with ("met on Monday and signed a deal"), a relative
  clause from the phrase it describes ("in Singapore, where they signed", "August of last
  year, when the army launched"), an adverbial clause from its main clause ("after
  Pelosi visited": up to a month before), a reported event from the saying ("said on
  Tuesday that troops had fired": the week up to Tuesday; a promise or threat is the
  saying itself);
- in a narrative paragraph, a past clause follows the time of the sentence before when
  that time is older than the publication window ("The summit, held last month, broke
  up. Pyongyang had demanded ...");
- else nothing: the caller falls back to the publication window (`basis: publication`).
"The next day", "two days later" count from the time the text just gave.

Places. The event's place is a place phrase in its clause ("in Hamburg", "visit Moscow",
"a market in northern Yemen" -> Yemen at country precision, "the village of Lobonok"),
found through the same clause links; a place that is the subject ("Moscow said") is an
actor, never a location. With no place in the clause, an event a state does at home
(arrests, bans, curfews, protests, expulsions, alerts) is placed in that state's country,
at country precision; anything else gets no location.
"""

from __future__ import annotations

from .. import when as W
from .clauses import FUTURE_MODALITIES, clause_verb, event_anchor_tokens, governors, is_future
from .places import find_location, place_of, story_country
from .timing import SentenceTimes, attach_time, narrow, sentence_time, times_in

__all__ = [
    "FUTURE_MODALITIES", "SentenceTimes", "W", "attach_time", "clause_verb",
    "event_anchor_tokens", "find_location", "governors", "is_future", "narrow", "place_of",
    "sentence_time", "story_country", "times_in",
]  # fmt: skip
