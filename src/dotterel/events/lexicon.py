"""The event lexicon: authored patterns (data files) compiled for matching on a parse.

Pattern syntax (one string per pattern; see data/lexicon/README.md):

    attack T                 verb "attack", target = its object
    pull out of T            verb "pull" + particle "out" + preposition "of" -> target
    impose sanction|embargo on T
    receive aid from S       the source is the "from" phrase; the subject becomes the target
    attack on T              (in a `nouns:` list) the noun "attack", target after "on"
    beat T:protester|protesters   a constrained slot: the object must be one of these words
                             (and is still the target)
    strike T!                the target is required: no event when the slot is empty

Words are lemmas, matched against the lemma or lower-case form of tokens in the trigger's
frame (its particles, objects, prepositions and their modifiers), in any order. `a|b`
gives alternatives. `T` and `S` are slots. Every pattern compiles to a `Pattern` that
knows its PLOVER type, mode and the finest CAMEO code its words support.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from ..model import PLOVER_TYPES
from ..words import WordClassError, word_class
from .ontology import cameo_table, valid_mode

PREPOSITIONS = {
    "about", "above", "across", "after", "against", "along", "alongside", "amid", "among",
    "around", "as", "at", "before", "behind", "below", "beneath", "beside", "besides", "between",
    "beyond", "by", "despite", "down", "during", "for", "from", "in", "inside", "into", "near",
    "of", "off", "on", "onto", "out", "outside", "over", "past", "since", "through",
    "throughout", "to", "toward", "towards", "under", "until", "up", "upon", "via", "with",
    "within", "without", "back", "away",
}  # fmt: skip
SLOTS = {"T", "S"}
# a slot token: "T", "S", "T!" (required), "T:a|b" (constrained to these words), "T!:a|b"
SLOT_RE = re.compile(r"^(T|S)(!)?(?::([a-z0-9'’.|]+))?$")
POS_OF_SECTION = {"verbs": "verb", "nouns": "noun", "adjectives": "adj"}


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Word:
    alts: frozenset[str]
    is_prep: bool
    slot_after: str | None  # "T"/"S" when this preposition introduces a slot
    constraint: frozenset[str] | None = (
        None  # "with T:police": the slot's head must be one of these
    )


@dataclass(frozen=True)
class SlotSpec:
    """What a slot token says beyond its letter: `T!` (required), `T:a|b` (constrained)."""

    letter: str
    required: bool = False
    constraint: frozenset[str] | None = None


@dataclass
class Pattern:
    id: str
    text: str
    head: frozenset[str]
    pos: str  # verb | noun | adj
    words: tuple[Word, ...]
    direct_slot: str | None  # "T"/"S" right after the head (or its particle): the object
    type: str
    mode: str | None
    cameo: str
    origin: str
    note: str = ""
    direct_constraint: frozenset[str] | None = None  # "beat T:protester|protesters"
    target_required: bool = False  # "strike T!": no event without a target
    subject: frozenset[str] | None = (
        None  # group key `subject:`: the doer must be one of these words
    )
    # group key `agentless: source`: a passive's subject is the source; `only`: and the patterns
    # fire only in a passive with no agent ("the envoy is expected in Nairobi"); `undergone`: the
    # subject undergoes the act and no doer is named ("the editor faces trial")
    agentless: str | None = None
    joint: bool = False  # group key `joint: true`: the doer must be two parties ("A and B")
    # group key `needs_target: true`: no event without a target actor, found in the slot or
    # anywhere the builder looks (a misparsed object still counts), unlike "T!" at matching
    needs_target: bool = False

    @property
    def specificity(self) -> int:
        """Words found around the trigger; a constrained slot or subject is one more word."""
        n = len(self.words) + sum(1 for w in self.words if w.constraint)
        return n + bool(self.direct_constraint) + bool(self.subject)


@dataclass
class Wrapper:
    """A verb (or noun) that wraps another event: "agreed to withdraw", "threatened
    sanctions", "the threat to impose sanctions"."""

    lemmas: frozenset[str]
    prep: str | None  # "call for": the inner event is the object of "for"
    # inner CAMEO code (or a prefix of it), "TYPE:mode", TYPE or "default" -> type, cameo, mode
    # (None: keep the inner event)
    map: dict[str, tuple[str, str, str | None] | None]
    modality: str | None
    target: str  # "addressee" or "inner"
    origin: str
    id: str = ""
    nouns: frozenset[str] = frozenset()  # "threat", "promise": the noun forms
    # the governed event may be an infinitive adverbial clause ("gave the government until
    # Friday to raise wages"), not only a complement
    infinitive: bool = False

    def spec_for(self, cameo: str, typ: str, mode: str | None):
        """The map entry for an inner event, most specific key first: its CAMEO code (then
        shorter prefixes of it), its type and mode, its type, "default". Returns
        (found, spec): spec None means keep the inner event."""
        for n in range(len(cameo), 1, -1):
            if cameo[:n] in self.map:
                return True, self.map[cameo[:n]]
        if mode and f"{typ}:{mode}" in self.map:
            return True, self.map[f"{typ}:{mode}"]
        if typ in self.map:
            return True, self.map[typ]
        if "default" in self.map:
            return True, self.map["default"]
        return False, None


@dataclass
class Lexicon:
    patterns: list[Pattern] = field(default_factory=list)
    by_head: dict[tuple[str, str], list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    wrappers: dict[str, list[Wrapper]] = field(default_factory=lambda: defaultdict(list))
    noun_wrappers: dict[str, list[Wrapper]] = field(default_factory=lambda: defaultdict(list))
    light_verbs: dict[str, dict] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    # stop patterns (`stop:` in a type file): when one matches at a trigger, that type's
    # patterns do not fire there ("struck a chord", "killed the bill")
    stops: dict[tuple[str, str], list[Pattern]] = field(default_factory=lambda: defaultdict(list))

    def add(self, p: Pattern) -> None:
        self.patterns.append(p)
        for h in p.head:
            self.by_head[(p.pos, h)].append(p)

    def finish(self) -> None:
        self.__dict__.pop("_trigger_words", None)
        for k in self.by_head:
            self.by_head[k].sort(key=lambda p: (-p.specificity, -len(p.cameo)))

    def candidates(self, pos: str, lemma: str) -> list[Pattern]:
        return self.by_head.get((pos, lemma), [])

    def stop_patterns(self, pos: str, lemma: str) -> list[Pattern]:
        return self.stops.get((pos, lemma), [])

    def wrapper(self, wid: str) -> Wrapper | None:
        """The (first) verb wrapper with this id ("demand", "threat"), whatever its words:
        for rules that make a wrapper's event without its verb."""
        return next((w for ws in self.wrappers.values() for w in ws if w.id == wid), None)

    @property
    def trigger_words(self) -> set[str]:
        """Every head lemma: a sentence without one of these cannot hold an event."""
        got = self.__dict__.get("_trigger_words")
        if got is None:
            got = (
                {h for (_, h) in self.by_head}
                | set(self.wrappers)
                | set(self.light_verbs)
                | set(self.noun_wrappers)
            )
            self.__dict__["_trigger_words"] = got
        return got


def _slot(tok: str) -> SlotSpec | None:
    m = SLOT_RE.match(tok)
    if m is None:
        return None
    alts = frozenset(a.lower() for a in m.group(3).split("|") if a) if m.group(3) else None
    return SlotSpec(m.group(1), bool(m.group(2)), alts)


def _looks_like_slot(tok: str) -> bool:
    return tok[:1] in SLOTS and (len(tok) == 1 or tok[1] in "!:")


def parse_pattern(text: str, where: str, pos: str = "verb"):
    """A pattern's trigger words, its words, its direct slot and that slot's spec (required,
    constraint). A verb pattern's trigger is its first word ("impose sanction on T"); a noun
    pattern's is the last word before its first preposition or slot, so compounds read
    naturally ("air strike on T", "humanitarian aid to T")."""
    toks = text.split()
    if not toks:
        raise LexiconError(f"{where}: empty pattern")
    if _looks_like_slot(toks[0]):
        raise LexiconError(f"{where}: pattern {text!r} must start with its trigger word")
    for tok in toks:
        if _looks_like_slot(tok) and _slot(tok) is None:
            raise LexiconError(
                f"{where}: bad slot {tok!r} in pattern {text!r} (T, S, T!, T:word|word)"
            )
        sl = _slot(tok)
        if sl is not None and sl.required and sl.letter != "T":
            raise LexiconError(
                f"{where}: only the target can be required ('T!'), not {tok!r} in {text!r}"
            )
    h = 0
    if pos == "noun":
        while h + 1 < len(toks) and _slot(toks[h + 1]) is None and not _is_prep_alts(toks[h + 1]):
            h += 1
    if not re.fullmatch(r"[a-z0-9'’\-|.]+", toks[h].lower()):
        raise LexiconError(f"{where}: bad word {toks[h]!r} in pattern {text!r}")
    head = frozenset(a.lower() for a in toks[h].split("|"))
    words: list[Word] = []
    direct: str | None = None
    direct_spec: SlotSpec | None = None
    rest = toks[:h] + toks[h + 1 :]
    letters: list[str] = []
    for i, tok in enumerate(rest):
        sl = _slot(tok)
        if sl is not None:
            prev = rest[i - 1] if i > 0 else None
            if prev is not None and _slot(prev) is None and _is_prep_alts(prev):
                w = words[-1]
                words[-1] = Word(w.alts, True, sl.letter, sl.constraint)
            elif direct is None:
                direct, direct_spec = sl.letter, sl
            else:
                raise LexiconError(f"{where}: pattern {text!r} has two direct slots")
            letters.append(sl.letter)
            continue
        if not re.fullmatch(r"[a-z0-9'’\-|.]+", tok.lower()):
            raise LexiconError(f"{where}: bad word {tok!r} in pattern {text!r}")
        alts = frozenset(a.lower() for a in tok.split("|") if a)
        words.append(Word(alts, _is_prep_alts(tok), None))
    if len(letters) != len(set(letters)):
        raise LexiconError(f"{where}: pattern {text!r} uses a slot twice")
    required = any(_slot(t) is not None and _slot(t).required for t in rest)
    return head, tuple(words), direct, (direct_spec.constraint if direct_spec else None, required)


def _is_prep_alts(tok: str) -> bool:
    return all(a.lower() in PREPOSITIONS for a in tok.split("|"))


def _parse_target(spec: str, where: str) -> tuple[str, str, str | None]:
    """ "138" | "THREATEN:138" | "THREATEN:138:violence" -> (type, cameo, mode)."""
    parts = str(spec).split(":")
    table = cameo_table()
    if len(parts) == 1:
        code = parts[0]
        if code not in table:
            raise LexiconError(f"{where}: unknown CAMEO code {code!r}")
        c = table[code]
        if not c.type:
            raise LexiconError(f"{where}: CAMEO {code} has no PLOVER type; give TYPE:{code}")
        return c.type, code, c.mode
    typ, code = parts[0], parts[1]
    mode = parts[2] if len(parts) > 2 and parts[2] else None
    if typ not in PLOVER_TYPES:
        raise LexiconError(f"{where}: unknown PLOVER type {typ!r}")
    if code not in table:
        raise LexiconError(f"{where}: unknown CAMEO code {code!r}")
    if mode is None and table[code].type == typ:
        mode = table[code].mode
    if not valid_mode(typ, mode):
        raise LexiconError(f"{where}: {mode!r} is not a PLOVER mode of {typ}")
    return typ, code, mode


class _LineLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    pass


def _construct_mapping(loader, node, deep=False):
    m = loader.construct_mapping(node, deep=deep)
    m["__line__"] = node.start_mark.line + 1
    return m


class _Lines(list):
    """A YAML sequence that remembers the line of each item (for file:line errors)."""

    lines: list[int]


def _construct_sequence(loader, node, deep=False):
    out = _Lines(loader.construct_sequence(node, deep=deep))
    out.lines = [n.start_mark.line + 1 for n in node.value]
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def _item_where(path: Path, seq, k: int, fallback: str) -> str:
    lines = getattr(seq, "lines", None)
    return f"{path.name}:{lines[k]}" if lines and k < len(lines) else fallback


def _load(path: Path):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path.name}:{mark.line + 1}" if mark else path.name
        raise LexiconError(f"{where}: not valid YAML: {getattr(e, 'problem', e)}") from e


GROUP_KEYS = {
    "cameo",
    "mode",
    "type",
    "verbs",
    "nouns",
    "adjectives",
    "note",
    "subject",
    "agentless",
    "joint",
    "needs_target",
    "__line__",
}
FILE_KEYS = {"type", "groups", "stop", "__line__"}


def _words_list(value, where: str, key: str) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split("|")
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise LexiconError(f"{where}: '{key}' must be a list of words")
    bad = [v for v in value if not re.fullmatch(r"[a-z0-9'’.]+", v.strip().lower())]
    if bad:
        raise LexiconError(f"{where}: '{key}' takes single words, not {bad[0]!r}")
    return frozenset(v.strip().lower() for v in value)


def _compile(text: str, where: str, pos: str, **kw) -> Pattern:
    head, words, direct, (dcons, required) = parse_pattern(text, where, pos)
    if required and not (direct == "T" or any(w.slot_after == "T" for w in words)):
        raise LexiconError(f"{where}: pattern {text!r} requires a target but has no 'T' slot")
    return Pattern(text=text.strip(), head=head, pos=pos, words=words, direct_slot=direct,
                   origin=where, direct_constraint=dcons, target_required=required, **kw)  # fmt: skip


def load_pattern_file(lex: Lexicon, path: Path) -> None:
    data = _load(path)
    if not isinstance(data, dict) or "type" not in data:
        raise LexiconError(f"{path.name}: must be a mapping with 'type' and 'groups'")
    unknown = set(data) - FILE_KEYS
    if unknown:
        raise LexiconError(f"{path.name}:1: unknown top-level key(s) {sorted(unknown)}")
    ftype = data["type"]
    if ftype not in PLOVER_TYPES:
        raise LexiconError(f"{path.name}: unknown PLOVER type {ftype!r}")
    table = cameo_table()
    seen: dict[tuple, str] = {}
    for g in data.get("groups") or []:
        gwhere = f"{path.name}:{g.get('__line__', '?')}"
        unknown = set(g) - GROUP_KEYS
        if unknown:
            raise LexiconError(f"{gwhere}: unknown key(s) {sorted(unknown)}")
        cameo = str(g.get("cameo") or "")
        if cameo not in table:
            raise LexiconError(f'{gwhere}: unknown CAMEO code {cameo!r} (quote it: "042")')
        typ = g.get("type") or ftype
        if typ not in PLOVER_TYPES:
            raise LexiconError(f"{gwhere}: unknown PLOVER type {typ!r}")
        mode = g.get("mode", table[cameo].mode if table[cameo].type == typ else None)
        if not valid_mode(typ, mode):
            raise LexiconError(f"{gwhere}: {mode!r} is not a PLOVER mode of {typ}")
        subject = _words_list(g.get("subject"), gwhere, "subject")
        agentless = g.get("agentless")
        joint = g.get("joint", False)
        if joint not in (True, False):
            raise LexiconError(f"{gwhere}: 'joint' can only be true or false")
        needs_target = g.get("needs_target", False)
        if needs_target not in (True, False):
            raise LexiconError(f"{gwhere}: 'needs_target' can only be true or false")
        if agentless not in (None, "source", "only", "undergone"):
            raise LexiconError(
                f"{gwhere}: 'agentless' can only be 'source' (the passive's subject is the source),"
                " 'only' (and the patterns fire only in such a passive) or 'undergone' (the"
                " subject undergoes the act, whose doer is not named)"
            )
        for section, pos in POS_OF_SECTION.items():
            items = g.get(section) or []
            for k, item in enumerate(items):
                where = _item_where(path, items, k, f"{gwhere} {section}[{k}]")
                note = ""
                pmode, pcameo, ptype = mode, cameo, typ
                if isinstance(item, dict):
                    text = item.get("p")
                    note = item.get("note", "")
                    extra = set(item) - {"p", "note", "mode", "cameo", "__line__"}
                    if extra:
                        raise LexiconError(f"{where}: unknown key(s) {sorted(extra)}")
                    if "mode" in item:
                        pmode = item["mode"]
                    if "cameo" in item:
                        pcameo = str(item["cameo"])
                        if pcameo not in table:
                            raise LexiconError(f"{where}: unknown CAMEO code {pcameo!r}")
                    if not valid_mode(ptype, pmode):
                        raise LexiconError(f"{where}: {pmode!r} is not a PLOVER mode of {ptype}")
                else:
                    text = item
                if not isinstance(text, str):
                    raise LexiconError(f"{where}: a pattern must be a string")
                key = (
                    pos,
                    text.strip(),
                    subject,
                    joint,
                )  # the same words for another doer are another pattern
                if key in seen:
                    raise LexiconError(f"{where}: pattern {text!r} already given at {seen[key]}")
                seen[key] = where
                lex.add(_compile(
                    text, where, pos, id=f"{ptype.lower()}.{pcameo}.{pos}.{text.strip().replace(' ', '_')}",
                    type=ptype, mode=pmode, cameo=pcameo, note=note, subject=subject, agentless=agentless,
                    joint=joint, needs_target=needs_target,
                ))  # fmt: skip
    _load_stops(lex, path, data.get("stop"), ftype)
    lex.sources.append(str(path))


def _load_stops(lex: Lexicon, path: Path, stop, ftype: str) -> None:
    """`stop:` a list of verb patterns, or a mapping of `verbs:`/`nouns:`/`adjectives:` lists:
    where one matches, the file's type gives no event from that trigger."""
    if stop is None:
        return
    if isinstance(stop, list):
        stop = {"verbs": stop}
    if not isinstance(stop, dict):
        raise LexiconError(
            f"{path.name}: 'stop' must be a list of patterns or a mapping of verbs/nouns/adjectives"
        )
    swhere = f"{path.name}:{stop.get('__line__', '?')}"
    unknown = set(stop) - set(POS_OF_SECTION) - {"__line__"}
    if unknown:
        raise LexiconError(f"{swhere}: unknown key(s) in 'stop' {sorted(unknown)}")
    seen: dict[tuple[str, str], str] = {}
    for section, pos in POS_OF_SECTION.items():
        items = stop.get(section) or []
        if not isinstance(items, list):
            raise LexiconError(f"{swhere}: 'stop: {section}' must be a list of patterns")
        for k, item in enumerate(items):
            where = _item_where(path, items, k, f"{swhere} stop {section}[{k}]")
            note = ""
            if isinstance(item, dict):
                text, note = item.get("p"), item.get("note", "")
            else:
                text = item
            if not isinstance(text, str):
                raise LexiconError(f"{where}: a stop pattern must be a string")
            key = (pos, text.strip())
            if key in seen:
                raise LexiconError(f"{where}: stop pattern {text!r} already given at {seen[key]}")
            seen[key] = where
            p = _compile(text, where, pos, id=f"stop.{ftype.lower()}.{pos}.{text.strip().replace(' ', '_')}",
                         type=ftype, mode=None, cameo="", note=note)  # fmt: skip
            if not p.words and not p.direct_constraint:
                raise LexiconError(
                    f"{where}: stop pattern {text!r} needs at least one word after its trigger"
                )
            for h in p.head:
                lex.stops[(pos, h)].append(p)


WRAPPER_KEYS = {
    "verbs",
    "nouns",
    "prep",
    "map",
    "modality",
    "target",
    "note",
    "__line__",
    "id",
    "infinitive",
    "word_classes",
}


def _map_key(inner, where: str) -> str:
    """A wrapper map key: "default", a PLOVER type, "TYPE:mode", or a CAMEO code (quoted)."""
    key = str(inner)
    if key == "default" or key in PLOVER_TYPES:
        return key
    if ":" in key:
        typ, mode = key.split(":", 1)
        if typ not in PLOVER_TYPES:
            raise LexiconError(f"{where}: map key {key!r}: unknown PLOVER type {typ!r}")
        if not mode or not valid_mode(typ, mode):
            raise LexiconError(f"{where}: map key {key!r}: {mode!r} is not a PLOVER mode of {typ}")
        return key
    if re.fullmatch(r"\d{2,4}", key):
        if key not in cameo_table():
            raise LexiconError(f"{where}: map key {key!r} is not a CAMEO code")
        return key
    raise LexiconError(
        f"{where}: map key {key!r} is not a PLOVER type, TYPE:mode, a quoted CAMEO code or 'default'"
    )


def _class_verbs(names, where: str) -> list[str]:
    """The verbs of the word classes (data/word_classes.yaml) a wrapper names under
    `word_classes`: a list a rule in the code reads too is written once, there."""
    if isinstance(names, str):
        names = [names]
    try:
        return sorted({v for n in names for v in word_class(n)})
    except WordClassError as e:
        raise LexiconError(f"{where}: {e}") from None


def load_wrappers(lex: Lexicon, path: Path) -> None:
    data = _load(path)
    for _k, w in enumerate(data.get("wrappers") or []):
        where = f"{path.name}:{w.get('__line__', '?')}"
        unknown = set(w) - WRAPPER_KEYS
        if unknown:
            raise LexiconError(f"{where}: unknown key(s) {sorted(unknown)}")
        lemmas = w.get("verbs") or []
        nouns = w.get("nouns") or []
        if isinstance(lemmas, str):
            lemmas = [lemmas]
        if isinstance(nouns, str):
            nouns = [nouns]
        lemmas = [*lemmas, *_class_verbs(w.get("word_classes") or [], where)]
        if not lemmas and not nouns:
            raise LexiconError(f"{where}: 'verbs' or 'nouns' is required")
        for x in [*lemmas, *nouns]:
            if not isinstance(x, str) or not re.fullmatch(r"[a-z'’]+", x):
                raise LexiconError(
                    f"{where}: a wrapper word must be one lower-case word, not {x!r}"
                )
        mapping = {}
        for inner, spec in (w.get("map") or {}).items():
            if inner == "__line__":
                continue
            key = _map_key(inner, where)
            mapping[key] = None if spec in (None, "keep") else _parse_target(spec, where)
        modality = w.get("modality")
        if modality not in (None, "planned", "possible", "negated", "hypothetical", "asserted"):
            raise LexiconError(f"{where}: bad modality {modality!r}")
        target = w.get("target", "inner")
        if target not in ("inner", "addressee"):
            raise LexiconError(f"{where}: 'target' must be inner or addressee")
        prep = w.get("prep")
        if prep is not None and not isinstance(prep, str):
            raise LexiconError(
                f"{where}: 'prep' must be a quoted string (YAML reads on/no/yes as booleans)"
            )
        first = (lemmas or nouns)[0]
        wr = Wrapper(frozenset(lemmas), prep, mapping, modality, target, where,
                     w.get("id") or f"wrapper.{first.replace(' ', '_')}", frozenset(nouns),
                     bool(w.get("infinitive")))  # fmt: skip
        for lemma in lemmas:
            lex.wrappers[lemma.lower()].append(wr)
        for noun in nouns:
            lex.noun_wrappers[noun.lower()].append(wr)
    for name, spec in (data.get("light_verbs") or {}).items():
        if name == "__line__":
            continue
        spec = spec or {}
        lex.light_verbs[name.lower()] = {
            "modality": spec.get("modality") if isinstance(spec, dict) else None
        }
    lex.sources.append(str(path))


def lexicon_dir() -> Path:
    return Path(str(resources.files("dotterel") / "data" / "lexicon"))


@functools.cache
def default_lexicon() -> Lexicon:
    return load_lexicon(lexicon_dir())


def load_lexicon(root: Path) -> Lexicon:
    lex = Lexicon()
    for p in sorted(root.glob("*.yaml")):
        if p.name.startswith("_"):
            continue
        data_head = p.read_text(encoding="utf-8")[:4000]
        if re.search(r"^wrappers:", data_head, re.M) or re.search(
            r"^light_verbs:", data_head, re.M
        ):
            load_wrappers(lex, p)
        else:
            load_pattern_file(lex, p)
    lex.finish()
    return lex
