"""Candidate -> contract Event: resolve actors, apply coding conventions, date, place,
confidence and the explanation of how it was found; then the passes over a whole article.

`build.py` holds `EventBuilder`, which finds targets with `targets.py` and the countries of
unnamed actors with `countries.py`; `implied.py` supplies the actors the words leave out,
`referents.py` and `parties.py` the ones told before, `conventions.py` and `vetoes.py` the
coding conventions, `score.py` the confidence, `siblings.py` the targets one doer's joined acts of quarrel
share, `article.py` the article-level passes, and `common.py` the helpers they share."""

from .article import (
    brokered_truces,
    claimed_attacks,
    concessions_to_protesters,
    demonstrators_of_the_group,
    denials_of_told_acts,
    dispersed_protests,
    explained_actors,
    merge_repeats,
    organised_protests,
    protesters_policed,
    returns_after_stoppages,
)
from .build import EventBuilder
from .conventions import Claim, attack_claimants, rally_organisers
from .mutual import each_way
from .parties import dispute_parties
from .siblings import shared_quarrel_targets

__all__ = [
    "Claim",
    "EventBuilder",
    "attack_claimants",
    "brokered_truces",
    "claimed_attacks",
    "concessions_to_protesters",
    "demonstrators_of_the_group",
    "dispersed_protests",
    "returns_after_stoppages",
    "dispute_parties",
    "each_way",
    "explained_actors",
    "denials_of_told_acts",
    "merge_repeats",
    "organised_protests",
    "protesters_policed",
    "rally_organisers",
    "shared_quarrel_targets",
]
