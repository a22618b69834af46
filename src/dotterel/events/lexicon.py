"""The event lexicon: authored patterns (data files) compiled for matching on a parse.

Pattern syntax (one string per pattern; see data/lexicon/README.md):

    attack T                 verb "attack", target = its object
    pull out of T            verb "pull" + particle "out" + preposition "of" -> target
    impose sanction|embargo on T
    receive aid from S       the source is the "from" phrase; the subject becomes the target
    attack on T              (in a `nouns:` list) the noun "attack", target after "on"

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
POS_OF_SECTION = {"verbs": "verb", "nouns": "noun", "adjectives": "adj"}


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Word:
    alts: frozenset[str]
    is_prep: bool
    slot_after: str | None  # "T"/"S" when this preposition introduces a slot


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

    @property
    def specificity(self) -> int:
        return len(self.words)


@dataclass
class Wrapper:
    """A verb that wraps another event: "agreed to withdraw", "threatened sanctions"."""

    lemmas: frozenset[str]
    prep: str | None  # "call for": the inner event is the object of "for"
    map: dict[str, tuple[str, str, str | None]]  # inner type (or "default") -> type, cameo, mode
    modality: str | None
    target: str  # "addressee" or "inner"
    origin: str
    id: str = ""


@dataclass
class Lexicon:
    patterns: list[Pattern] = field(default_factory=list)
    by_head: dict[tuple[str, str], list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    wrappers: dict[str, list[Wrapper]] = field(default_factory=lambda: defaultdict(list))
    light_verbs: dict[str, dict] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

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

    @property
    def trigger_words(self) -> set[str]:
        """Every head lemma: a sentence without one of these cannot hold an event."""
        got = self.__dict__.get("_trigger_words")
        if got is None:
            got = {h for (_, h) in self.by_head} | set(self.wrappers) | set(self.light_verbs)
            self.__dict__["_trigger_words"] = got
        return got


def parse_pattern(text: str, where: str, pos: str = "verb") -> tuple[frozenset[str], tuple[Word, ...], str | None]:
    """A verb pattern's trigger is its first word ("impose sanction on T"); a noun
    pattern's is the last word before its first preposition or slot, so compounds read
    naturally ("air strike on T", "humanitarian aid to T")."""
    toks = text.split()
    if not toks:
        raise LexiconError(f"{where}: empty pattern")
    if toks[0] in SLOTS:
        raise LexiconError(f"{where}: pattern {text!r} must start with its trigger word")
    h = 0
    if pos == "noun":
        while h + 1 < len(toks) and toks[h + 1] not in SLOTS and not _is_prep_alts(toks[h + 1]):
            h += 1
    head = frozenset(a.lower() for a in toks[h].split("|"))
    words: list[Word] = []
    direct: str | None = None
    rest = toks[:h] + toks[h + 1 :]
    for i, tok in enumerate(rest):
        if tok in SLOTS:
            prev = rest[i - 1] if i > 0 else None
            if prev is not None and prev not in SLOTS and _is_prep_alts(prev):
                w = words[-1]
                words[-1] = Word(w.alts, True, tok)
            elif direct is None:
                direct = tok
            else:
                raise LexiconError(f"{where}: pattern {text!r} has two direct slots")
            continue
        if not re.fullmatch(r"[a-z0-9'’\-|.]+", tok.lower()):
            raise LexiconError(f"{where}: bad word {tok!r} in pattern {text!r}")
        alts = frozenset(a.lower() for a in tok.split("|") if a)
        words.append(Word(alts, _is_prep_alts(tok), None))
    slots = [w.slot_after for w in words if w.slot_after] + ([direct] if direct else [])
    if len(slots) != len(set(slots)):
        raise LexiconError(f"{where}: pattern {text!r} uses a slot twice")
    return head, tuple(words), direct


def _is_prep_alts(tok: str) -> bool:
    return all(a.lower() in PREPOSITIONS for a in tok.split("|"))


def _parse_target(spec: str, where: str) -> tuple[str, str, str | None]:
    """"138" | "THREATEN:138" | "THREATEN:138:violence" -> (type, cameo, mode)."""
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


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _load(path: Path):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)  # noqa: S506
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path.name}:{mark.line + 1}" if mark else path.name
        raise LexiconError(f"{where}: not valid YAML: {getattr(e, 'problem', e)}") from e


GROUP_KEYS = {"cameo", "mode", "type", "verbs", "nouns", "adjectives", "note", "__line__"}


def load_pattern_file(lex: Lexicon, path: Path) -> None:
    data = _load(path)
    if not isinstance(data, dict) or "type" not in data:
        raise LexiconError(f"{path.name}: must be a mapping with 'type' and 'groups'")
    ftype = data["type"]
    if ftype not in PLOVER_TYPES:
        raise LexiconError(f"{path.name}: unknown PLOVER type {ftype!r}")
    table = cameo_table()
    seen: dict[tuple[str, str], str] = {}
    for g in data.get("groups") or []:
        gwhere = f"{path.name}:{g.get('__line__', '?')}"
        unknown = set(g) - GROUP_KEYS
        if unknown:
            raise LexiconError(f"{gwhere}: unknown key(s) {sorted(unknown)}")
        cameo = str(g.get("cameo") or "")
        if cameo not in table:
            raise LexiconError(f"{gwhere}: unknown CAMEO code {cameo!r} (quote it: \"042\")")
        typ = g.get("type") or ftype
        if typ not in PLOVER_TYPES:
            raise LexiconError(f"{gwhere}: unknown PLOVER type {typ!r}")
        mode = g.get("mode", table[cameo].mode if table[cameo].type == typ else None)
        if not valid_mode(typ, mode):
            raise LexiconError(f"{gwhere}: {mode!r} is not a PLOVER mode of {typ}")
        for section, pos in POS_OF_SECTION.items():
            for k, item in enumerate(g.get(section) or []):
                where = f"{gwhere} {section}[{k}]"
                note = ""
                pmode, pcameo, ptype = mode, cameo, typ
                if isinstance(item, dict):
                    text = item.get("p")
                    note = item.get("note", "")
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
                head, words, direct = parse_pattern(text, where, pos)
                key = (pos, text.strip())
                if key in seen:
                    raise LexiconError(f"{where}: pattern {text!r} already given at {seen[key]}")
                seen[key] = where
                lex.add(Pattern(
                    id=f"{ptype.lower()}.{pcameo}.{pos}.{text.strip().replace(' ', '_')}",
                    text=text.strip(), head=head, pos=pos, words=words, direct_slot=direct,
                    type=ptype, mode=pmode, cameo=pcameo, origin=where, note=note,
                ))  # fmt: skip
    lex.sources.append(str(path))


WRAPPER_KEYS = {"verbs", "prep", "map", "modality", "target", "note", "__line__", "id"}


def load_wrappers(lex: Lexicon, path: Path) -> None:
    data = _load(path)
    for _k, w in enumerate(data.get("wrappers") or []):
        where = f"{path.name}:{w.get('__line__', '?')}"
        unknown = set(w) - WRAPPER_KEYS
        if unknown:
            raise LexiconError(f"{where}: unknown key(s) {sorted(unknown)}")
        lemmas = w.get("verbs")
        if isinstance(lemmas, str):
            lemmas = [lemmas]
        if not lemmas:
            raise LexiconError(f"{where}: 'verbs' is required")
        mapping = {}
        for inner, spec in (w.get("map") or {}).items():
            if inner == "__line__":
                continue
            if inner != "default" and inner not in PLOVER_TYPES:
                raise LexiconError(f"{where}: map key {inner!r} is not a PLOVER type or 'default'")
            mapping[inner] = None if spec in (None, "keep") else _parse_target(spec, where)
        modality = w.get("modality")
        if modality not in (None, "planned", "possible", "negated", "hypothetical", "asserted"):
            raise LexiconError(f"{where}: bad modality {modality!r}")
        target = w.get("target", "inner")
        if target not in ("inner", "addressee"):
            raise LexiconError(f"{where}: 'target' must be inner or addressee")
        prep = w.get("prep")
        if prep is not None and not isinstance(prep, str):
            raise LexiconError(f"{where}: 'prep' must be a quoted string (YAML reads on/no/yes as booleans)")
        wr = Wrapper(frozenset(lemmas), prep, mapping, modality, target, where,
                     w.get("id") or f"wrapper.{lemmas[0].replace(' ', '_')}")  # fmt: skip
        for lemma in lemmas:
            lex.wrappers[lemma.lower()].append(wr)
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
        if re.search(r"^wrappers:", data_head, re.M) or re.search(r"^light_verbs:", data_head, re.M):
            load_wrappers(lex, p)
        else:
            load_pattern_file(lex, p)
    lex.finish()
    return lex
