"""Clause extraction: which tokens trigger events, and which phrases are source and target.

Works on one parsed sentence and returns `Candidate`s that still point at tokens; the
pipeline turns them into contract `Event`s once actors, dates and places are resolved.

Rules, in the order they apply:
- every verb, noun and adjective is matched against the lexicon (`match.py`); words a verb
  pattern used ("sanctions" in "imposed sanctions on") cannot trigger events of their own;
- what an accusation, demand, offer or rejection is *about* is not an event of its own
  ("accused the police of using live ammunition", "rejected calls to adopt reforms");
- wrapper verbs ("agreed to", "threatened to", "called for", "refused to", "plans to") take
  the event they govern and recode it (agree + withdraw -> CONCEDE) or only change its
  modality (plan, consider); a denial ("denied that its forces shelled the village") gives
  the denied event, negated, and the denier's REJECT;
- the source is the clause's subject, found through passives ("was expelled by"),
  control ("agreed to withdraw": the agreer withdraws; "urged Russia to withdraw": Russia),
  coordination ("met and signed"), relative clauses ("rebels who fired") and participles;
  for nominal events, "by" phrases, possessives, nationality adjectives and light verbs
  ("launched an attack": the launcher attacks);
- the target is the pattern's slot; when that names no actor the builder looks inside
  the phrase ("Serbia's suppression", "an Indian proposal", "calls by Annan"), at the event
  the phrase refers back to ("rejected the accusation": the accuser), at recipients
  ("offered its troops to Lebanon") and at the place;
- the saying itself ("X said Y attacked Z") is not an event; Y -> Z is;
- a dateline ("KYIV, May 18 -") is never an actor, even when the parser makes it a subject.

The package, one module per concern (`sentence.candidates` runs them in this order):
- `common`: the `Candidate` record, datelines, small token tests every rule shares;
- `subjects`: who does what a verb says (`subject_heads`);
- `nominal`: who did a noun event, and whether the clause is about it;
- `targets`: whom an event is aimed at beyond the pattern's slot; the builder's target helpers;
- `governed`: the event a wrapper governs, and the wrappers between;
- `wrappers`: a wrapper and its event as candidates (recoded, bare, denied, not ruled out);
- `nonevents`: content of speech acts, commentary, capacities, conditions: no events;
- `constructions`: events told by a construction rather than a pattern ("must", name-calling);
- `plain`: a lexicon hit no wrapper governs as a candidate;
- `recode`: second looks (announced acts, refusals, purposes, third parties);
- `sentence`: `candidates(sent, lex)`, the rules in order.
"""

from __future__ import annotations

from .common import Candidate
from .constructions import MUST_MODALS, MUST_VERBS, VERDICT_WORD_PAIRS
from .nominal import NAMING
from .sentence import candidates
from .sequels import SAME_ACT_PAIRS
from .subjects import participle_after_noun
from .wrappers import BARE_WRAPPERS, DENIALS, HESITATE_WORD_PAIRS

# what other packages read from here (the rules' own helpers are imported from their
# modules): pipeline.py runs `candidates`; prefilter.py reads DENIALS, MUST_MODALS,
# MUST_VERBS, BARE_WRAPPERS and NAMING, the words that make an event with no lexicon pattern,
# and WORD_PAIRS, pairs of word sets that do so together
WORD_PAIRS = (*VERDICT_WORD_PAIRS, *SAME_ACT_PAIRS, *HESITATE_WORD_PAIRS)

__all__ = [
    "BARE_WRAPPERS",
    "DENIALS",
    "MUST_MODALS",
    "MUST_VERBS",
    "NAMING",
    "WORD_PAIRS",
    "Candidate",
    "candidates",
    "participle_after_noun",
]
