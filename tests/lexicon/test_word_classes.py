"""The word classes file (src/dotterel/data/word_classes.yaml): it validates, every class
the code asks for exists, every class is used, and bad entries stop loading with a clear
error naming file, line and reason."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from dotterel.words import WordClassError, load_word_classes, sector_class, word_class


def _objects(file: str, section: str, start: str) -> set[str]:
    from dotterel.events.lexicon import lexicon_dir

    data = yaml.safe_load((lexicon_dir() / file).read_text(encoding="utf-8"))
    groups = [data["stop"]] if section == "stop" else data["groups"]
    pats = [p for g in groups for p in g.get("verbs", []) if p.startswith(start)]
    assert len(pats) == 1, pats
    return set(pats[0].split()[1].split("|"))


SRC = Path(__file__).resolve().parents[2] / "src" / "dotterel"


CALL = re.compile(r"\b(word_class|sector_class)\(\s*\"([a-z_]+)\"\s*\)")


def _asked_for() -> set[tuple[str, str]]:
    asked = set()
    for path in SRC.rglob("*.py"):
        for fn, name in CALL.findall(path.read_text(encoding="utf-8")):
            asked.add(("words" if fn == "word_class" else "sectors", name))
    return asked


BAD = {
    "unknown top-level key": (
        "wordz:\n  a:\n    words: [x]\n",
        r":1: unknown top-level key 'wordz'",
    ),
    "unknown class key": (
        "words:\n  a:\n    words: [x]\n    note: hi\n",
        r":4: words\.a: unknown key 'note'",
    ),
    "no word list": ("words:\n  a:\n    include: []\n", r":2: words\.a: no 'words' list"),
    "number entry": (
        "words:\n  a:\n    words: [x, 3]\n",
        r":3: words\.a\.words: '3' is not a word",
    ),
    "list entry": (
        "words:\n  a:\n    words:\n      - x\n      - [y]\n",
        r":5: words\.a\.words: a sequence is not a word",
    ),
    "null entry": ("words:\n  a:\n    words: [x, null]\n", r":3: .*'null' is not a word"),
    "unquoted yaml boolean": ("words:\n  a:\n    words: [in, off]\n", r":3: .*'off' is not a word"),
    "capitalised word": (
        "words:\n  a:\n    words: [Say]\n",
        r":3: 'Say' must be a lower-case word",
    ),
    "padded word": ("words:\n  a:\n    words: [' say']\n", r":3: ' say' must be a lower-case word"),
    "duplicate word": (
        "words:\n  a:\n    words: [say, tell,\n            say]\n",
        r":4: words\.a: 'say' is listed twice",
    ),
    "word already included": (
        "words:\n  a:\n    words: [say]\n  b:\n    include: [a]\n    words: [tell, say]\n",
        r":6: words\.b: 'say' is already in an included class",
    ),
    "duplicate class": (
        "words:\n  a:\n    words: [x]\n  a:\n    words: [y]\n",
        r":4: words: 'a' is given twice",
    ),
    "unknown include": (
        "words:\n  a:\n    include: [b]\n    words: [x]\n",
        r":2: words\.a: includes unknown class 'b'",
    ),
    "include cycle": (
        "words:\n  a:\n    include: [b]\n    words: [x]\n  b:\n    include: [a]\n    words: [y]\n",
        r"includes itself through a -> b -> a",
    ),
    "include across sections": (
        "words:\n  a:\n    include: [s]\n    words: [x]\nsectors:\n  s:\n    sectors: [MIL]\n",
        r"words\.a: includes unknown class 's'",
    ),
    "unknown sector": (
        "sectors:\n  s:\n    sectors: [MIL, XYZ]\n",
        r":3: unknown sector code 'XYZ'",
    ),
    "words key in a sector class": (
        "sectors:\n  s:\n    words: [MIL]\n",
        r"sectors\.s: unknown key 'words'",
    ),
    "not a mapping": ("- a\n- b\n", r"the file must be a mapping"),
    "bad yaml": ("words:\n  a: [x\n", r"not valid YAML"),
}


def test_released_tranche_objects_agree_between_aid_and_its_stop():
    assert _objects("aid.yaml", "groups", "release tranche") == _objects(
        "retreat.yaml", "stop", "release tranche"
    )


def test_shipped_file_loads():
    classes = load_word_classes()
    assert set(classes) == {"words", "sectors"}
    assert all(classes["words"].values()) and all(classes["sectors"].values())


def test_every_class_the_code_asks_for_exists():
    classes = load_word_classes()
    asked = _asked_for()
    assert len(asked) >= 15  # the scan found the calls
    missing = sorted(f"{s}.{n}" for s, n in asked if n not in classes[s])
    assert not missing


def test_every_class_is_used_or_included():
    classes = load_word_classes()
    used = {(s, n) for s, n in _asked_for()}
    text = (SRC / "data" / "word_classes.yaml").read_text(encoding="utf-8")
    included = set(re.findall(r"include: \[([^\]]*)\]", text))
    included_names = {n.strip() for group in included for n in group.split(",")}
    unused = sorted(
        f"{s}.{n}"
        for s in classes
        for n in classes[s]
        if (s, n) not in used and n not in included_names
    )
    assert not unused


def test_includes_are_unions():
    assert (
        word_class("say_verbs")
        < word_class("reporting_verbs")
        < word_class("reporting_verbs_broad")
    )
    assert word_class("say_verbs") < word_class("speech_verbs")
    assert (
        word_class("meeting_nouns")
        < word_class("party_meeting_nouns")
        < word_class("city_named_gatherings")
    )
    assert sector_class("fighter_sectors") < sector_class("armed_sectors")
    assert "SEP" in sector_class("fighter_sectors") and "SEP" not in sector_class(
        "armed_men_sectors"
    )


def test_a_class_of_two_includes_is_their_union():
    # statement_verbs has no words of its own: it is the two classes it includes
    assert word_class("statement_verbs") == word_class("own_announcement_verbs") | word_class(
        "trailing_report_verbs"
    )
    assert word_class("pair_nouns") >= word_class("pair_person_nouns") | word_class("party_nouns")


def test_shared_cores_are_in_every_class_built_on_them():
    cores = {
        "plain_say_verbs": ["say_verbs", "own_announcement_verbs", "trailing_report_verbs"],
        "background_preps": [
            "content_background_preps",
            "adjunct_event_preps",
            "frame_adjunct_preps",
        ],
        "crowd_words": ["public_words", "people_of_heads", "policed_crowd_words"],
        "time_units": ["event_quantity_nouns", "measure_nouns"],
    }
    for core, classes in cores.items():
        for name in classes:
            assert word_class(core) < word_class(name), (core, name)
    assert (
        sector_class("state_sectors")
        < sector_class("public_office_sectors")
        < sector_class("political_sectors")
    )
    assert sector_class("state_sectors") < sector_class("sanctionable_sectors")
    assert word_class("commanding_verbs") < word_class("ordering_verbs")


def test_the_rules_read_their_lists_from_the_classes():
    """One source of truth: the parse repair of "ordered him detained" and the sanctions
    convention use the classes, not copies of them."""
    from dotterel import nlp
    from dotterel.events.builder import conventions

    assert word_class("ordering_verbs") == nlp.ORDER_VERBS
    assert sector_class("sanctionable_sectors") == conventions.SANCTIONED_SECTORS


def test_unknown_class_asked_for_is_a_clear_error():
    with pytest.raises(WordClassError, match=r"no words class 'no_such_class'"):
        word_class("no_such_class")


@pytest.mark.parametrize("text,message", list(BAD.values()), ids=list(BAD))
def test_bad_file_is_a_clear_error(tmp_path, text, message):
    path = tmp_path / "word_classes.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(
        WordClassError,
        match=rf"word_classes\.yaml{message if message.startswith(':') else '.*' + message}",
    ):
        load_word_classes(path)


def test_good_small_file(tmp_path):
    path = tmp_path / "word_classes.yaml"
    path.write_text("words:\n  a:\n    words: [say]\n  b:\n    include: [a]\n    words: [tell]\n"
                    "sectors:\n  s:\n    sectors: [MIL, REB]\n", encoding="utf-8")  # fmt: skip
    classes = load_word_classes(path)
    assert classes["words"] == {"a": frozenset({"say"}), "b": frozenset({"say", "tell"})}
    assert classes["sectors"] == {"s": frozenset({"MIL", "REB"})}


BOUND = re.compile(r"^\s*(_?[A-Z][A-Z0-9_]*)\s*=\s*word_class\(\s*\"([a-z_]+)\"\s*\)", re.M)
# a line that reads a token's written form: a plural entry matches there
WRITTEN_FORM = re.compile(r"lower_|\.text\b|token_in|split\(|\.lower\(\) for")


def _lemma_read_classes() -> set[str]:
    """The word classes the code compares with a token's lemma only: each is bound to a
    constant (NAME = word_class("x")), every other line of the sources naming the constant
    reads a `.lemma_` and no written form, the class is asked for nowhere else, and no class
    read otherwise includes it. (A line the scan cannot read that way keeps the class out.)"""
    names: dict[str, set[str]] = {}
    at: dict[str, list[str]] = {}  # constant or class -> the code lines naming it
    for path in SRC.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").split("\n"):
            bound = BOUND.match(line)
            if bound:  # what the line does besides binding the class is a use of its own
                names.setdefault(bound.group(2), set()).add(bound.group(1))
                line = line[bound.end() :]
            code = line.split("#")[0]
            if "import" in code or re.fullmatch(r"\s*[A-Z_0-9]+,?\s*", code):
                continue
            for word in set(re.findall(r"\b_?[A-Z][A-Z0-9_]+\b", code)):
                at.setdefault(word, []).append(code)
            for cls in set(re.findall(r'word_class\(\s*"([a-z_]+)"', code)):
                at.setdefault(cls, []).append(code)

    def lemma_only(cls: str) -> bool:
        if at.get(cls):
            return False  # asked for in an expression, not through its constant
        uses = [code for const in names[cls] for code in at.get(const, [])]
        return bool(uses) and all("lemma" in c and not WRITTEN_FORM.search(c) for c in uses)

    raw = yaml.safe_load((SRC / "data" / "word_classes.yaml").read_text(encoding="utf-8"))
    read = {cls for cls in raw["words"] if cls in names and lemma_only(cls)}
    changed = True
    while changed:  # a class included by one read otherwise is read otherwise too
        changed = False
        for cls, spec in raw["words"].items():
            if cls not in read:
                for inc in spec.get("include", []):
                    if inc in read:
                        read.discard(inc)
                        changed = True
    return read


# plural words that are a lemma of their own, which a class read as lemmas may hold without
# the singular: "summons" is a verb ("the ministry summonsed the envoy"), not "summon"'s -s
# form; "games" is the Olympic Games, a name the tagger keeps whole (NNPS, lemma "Games")
PLURAL_LEMMAS = {"summons", "games"}


def test_classes_read_as_lemmas_hold_the_lemma_of_each_plural(nlp):
    """A class the code compares with lemmas only never matches a plural entry in running
    text (the lemma of "negotiations" is "negotiation"): it must hold the plural's lemma.
    The plural may stay beside it: a capitalised plural the tagger takes for a proper noun
    keeps its form as its lemma ("Peace Talks", "Supporters of X rallied")."""
    read = _lemma_read_classes()
    assert len(read) >= 50  # the scan found the rules that compare lemmas
    raw = yaml.safe_load((SRC / "data" / "word_classes.yaml").read_text(encoding="utf-8"))
    items = [(cls, word) for cls in sorted(read) for word in raw["words"][cls]["words"]
             if " " not in word and word not in PLURAL_LEMMAS]  # fmt: skip
    docs = nlp.pipe(f"They spoke about the {word} on Monday." for _, word in items)
    missing = []
    for (cls, word), doc in zip(items, docs, strict=True):
        tok = [t for t in doc if t.lower_ == word]
        if tok and tok[0].tag_ == "NNS" and tok[0].lemma_.lower() not in word_class(cls):
            missing.append(f"{cls}: {word} (lemma {tok[0].lemma_.lower()})")
    assert not missing, missing


# classes compared with the written form whose words name people by either number ("by a
# rebel", "by rebels"): each plural's singular must be listed beside it
WRITTEN_IN_BOTH_NUMBERS = ["passive_agent_nouns"]


def test_written_form_classes_of_people_hold_the_singular_of_each_plural(nlp):
    """A class compared with the word as written matches a plural only as written: one that
    names people by either number must hold each plural's singular too ("by investigators"
    and "by an investigator" both name the doer of a passive)."""
    raw = yaml.safe_load((SRC / "data" / "word_classes.yaml").read_text(encoding="utf-8"))
    missing = []
    for cls in WRITTEN_IN_BOTH_NUMBERS:
        words = [w for w in raw["words"][cls]["words"] if " " not in w]
        for word, doc in zip(
            words, nlp.pipe(f"They spoke about the {w} on Monday." for w in words), strict=True
        ):
            tok = [t for t in doc if t.lower_ == word]
            if tok and tok[0].tag_ == "NNS" and tok[0].lemma_.lower() not in word_class(cls):
                missing.append(f"{cls}: {word} (singular {tok[0].lemma_.lower()})")
    assert not missing, missing
