"""The event lexicon (src/dotterel/data/lexicon): it loads and validates, covers every PLOVER
type and the modes the project codes, every authored example sentence in
tests/lexicon_examples.yaml is coded through the whole pipeline as written, and ordinary
non-political sentences give no event."""

from __future__ import annotations

import collections
import datetime as dt
from pathlib import Path

import pytest
import yaml

from dotterel.events.lexicon import PREPOSITIONS, default_lexicon, lexicon_dir
from dotterel.model import PLOVER_TYPES, Article

EXAMPLES = Path(__file__).resolve().parent / "lexicon_examples.yaml"
PUBLISHED = dt.date(2020, 6, 15)

# the PLOVER 2023 modes the lexicon must be able to give, by type
MODES = {
    "ASSAULT": {"aerial", "drone", "firearms", "explosives", "suicide-attack", "heavy-weapons",
                "crowd-control", "abduct", "beat", "torture", "execute", "sexual", "assassinate",
                "destroy", "primitive", "cleansing", "massacre", "unconventional"},
    "COERCE": {"arrest", "seize", "restrict", "ban", "censor", "curfew", "martial-law", "deport",
               "withhold", "misinformation", "cyber"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "ban", "arrest", "relations", "rights", "expel", "territory", "violence"},
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
}  # fmt: skip

# sentences from sport, weather, markets, business and cooking: no political event
NON_POLITICAL = [
    "Brazil beat Argentina 2-1 in the Copa America final on Sunday.",
    "The striker fired a low shot past the goalkeeper in the 18th minute.",
    "United attacked from the first whistle and struck the post twice.",
    "Real Madrid signed the French midfielder on a five-year contract.",
    "The champions stormed to victory in the final round.",
    "Djokovic crushed his opponent in straight sets to reach the semi-finals.",
    "The visitors pushed forward in search of a winner in the second half.",
    "A storm hit the east coast on Tuesday, bringing heavy rain and strong winds.",
    "Temperatures will fall sharply overnight, with frost expected in the north.",
    "Floods destroyed hundreds of homes after the river burst its banks.",
    "Shares in the carmaker rallied after it raised its profit forecast.",
    "Oil prices retreated from a two-month high as stockpiles grew.",
    "The supermarket chain targeted younger shoppers with a new loyalty scheme.",
    "The company struck a deal to buy its smaller rival for two billion dollars.",
    "The bank cut its interest rate by a quarter of a percentage point.",
    "The airline will launch a new route to Lisbon in the spring.",
    "Investors fled to the safety of government bonds.",
    "The startup shot to fame with a cheap electric scooter.",
    "Beat the eggs with the sugar until the mixture is pale and fluffy.",
    "Fire the pizza in a very hot oven for ten minutes.",
    "Season the lamb, then sear it in a hot pan before roasting.",
    "Whip the cream and fold it gently into the chocolate.",
    "The orchestra performed Beethoven's ninth symphony to a packed hall.",
    "The film captured the imagination of audiences across the country.",
    "The band released its first album in a decade on Friday.",
    "Scientists discovered a new species of frog in the rainforest.",
    "The museum will host an exhibition of Japanese prints next month.",
]


def _patterns_by_file() -> dict[str, list]:
    out = collections.defaultdict(list)
    for p in default_lexicon().patterns:
        out[Path(p.origin.split(":")[0]).name].append(p)
    return out


def test_lexicon_loads_and_is_large():
    lex = default_lexicon()
    assert len(lex.patterns) >= 3000
    assert {p.type for p in lex.patterns} == set(PLOVER_TYPES)
    counts = collections.Counter(p.type for p in lex.patterns)
    assert all(n >= 50 for n in counts.values()), counts


def test_every_mode_is_coded():
    lex = default_lexicon()
    have = collections.defaultdict(set)
    for p in lex.patterns:
        have[p.type].add(p.mode)
    for typ, modes in MODES.items():
        assert modes <= have[typ], (typ, sorted(modes - have[typ]))


def test_no_pattern_is_given_twice():
    seen: dict[tuple, str] = {}
    for p in default_lexicon().patterns:
        key = (p.pos, p.text)
        assert key not in seen, f"{p.text!r} at {p.origin} and {seen[key]}"
        seen[key] = p.origin


def test_alternatives_do_not_mix_prepositions_and_words():
    """'ask for|appeal for aid' reads as 'ask' + ('for' or 'appeal') + 'for': a phrase cannot
    sit inside an alternation, and tokens with a hyphen never match (spaCy splits them)."""
    bad = []
    for p in default_lexicon().patterns:
        for tok in p.text.split()[1:]:
            alts = tok.split("|")
            preps = [a in PREPOSITIONS for a in alts]
            if any(preps) and not all(preps):
                bad.append((p.origin, p.text))
        if any("-" in w and not w.startswith("-") for w in p.text.replace("|", " ").split()):
            bad.append((p.origin, p.text))
    assert not bad, bad[:10]


def _examples() -> list[tuple[str, dict]]:
    data = yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))
    names = {p.name for p in lexicon_dir().glob("*.yaml")}
    out = []
    for fname, items in data.items():
        assert fname in names, fname
        out.extend((fname, e) for e in items)
    return out


def test_examples_cover_every_file_and_most_groups():
    ex = _examples()
    assert len(ex) >= 250
    by_file = _patterns_by_file()
    for fname, pats in by_file.items():
        if fname == "wrappers.yaml":
            continue
        codes = {p.cameo for p in pats}
        given = {e.get("cameo") for f, e in ex if f == fname}
        assert given, fname
        # most CAMEO codes a file gives have an example of their own
        assert len(codes & given) >= 0.75 * len(codes), (fname, sorted(codes - given))


@pytest.fixture(scope="module")
def coded_examples(coder):
    ex = _examples()
    arts = [Article(id=str(i), text=e["text"], published=PUBLISHED) for i, (_, e) in enumerate(ex)]
    got = {c.article.id: c.events for c in coder.code_articles(arts)}
    return [(f, e, got[str(i)]) for i, (f, e) in enumerate(ex)]


def _has(actors, key: str) -> bool:
    return any(a.code.startswith(key) or a.country == key or a.org == key for a in actors)


def _matches(ev, e: dict) -> bool:
    if ev.type != e["type"]:
        return False
    if e.get("cameo") and ev.cameo != str(e["cameo"]):
        return False
    if e.get("source") and not _has(ev.source, e["source"]):
        return False
    return not (e.get("target") and not _has(ev.target, e["target"]))


def test_every_example_is_coded(coded_examples):
    failures = []
    for fname, e, events in coded_examples:
        if not any(_matches(ev, e) for ev in events):
            got = [(ev.type, ev.cameo, [a.code for a in ev.source], [a.code for a in ev.target])
                   for ev in events]  # fmt: skip
            failures.append(f"{fname}: {e['text']!r} wanted {e['type']} {e.get('cameo')} "
                            f"{e.get('source')}->{e.get('target')}, got {got}")  # fmt: skip
    assert not failures, "\n".join(failures)


def test_non_political_sentences_give_no_event(coder):
    arts = [Article(id=str(i), text=t, published=PUBLISHED) for i, t in enumerate(NON_POLITICAL)]
    found = [(c.article.text, [(e.type, e.trigger) for e in c.events])
             for c in coder.code_articles(arts) if c.events]  # fmt: skip
    assert not found, found
