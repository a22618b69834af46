"""Word classes: the closed word lists (and sector lists) rules test tokens against, read
from `data/word_classes.yaml` and validated on load (format: docs/knowledge-files.md).

    from ..words import word_class, sector_class
    REPORTING = word_class("reporting_verbs")

A class may include other classes of its section; what the code gets is the union, as a
frozenset. Any error (bad YAML, unknown key, a word that is not a lower-case string, a word
listed twice or already included, an unknown or cyclic include, an unknown sector code, a
class the code asks for that the file lacks) raises `WordClassError` naming file, line and
reason.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import yaml

SECTIONS = {"words": "words", "sectors": "sectors"}  # section -> key of its own entries
CLASS_KEYS = {"include"}


class WordClassError(ValueError):
    pass


def word_classes_path() -> Path:
    return Path(str(resources.files("dotterel") / "data" / "word_classes.yaml"))


def _where(path: Path, node) -> str:
    return f"{path.name}:{node.start_mark.line + 1}"


def _mapping(path: Path, node, what: str) -> dict[str, tuple]:
    """A YAML mapping node as {key: (key_node, value_node)}; duplicate keys are an error
    (plain YAML would keep the last one silently)."""
    if not isinstance(node, yaml.MappingNode):
        raise WordClassError(f"{_where(path, node)}: {what} must be a mapping")
    out: dict[str, tuple] = {}
    for k, v in node.value:
        if not isinstance(k, yaml.ScalarNode) or k.tag != "tag:yaml.org,2002:str":
            raise WordClassError(f"{_where(path, k)}: {what}: keys must be names")
        if k.value in out:
            raise WordClassError(f"{_where(path, k)}: {what}: {k.value!r} is given twice")
        out[k.value] = (k, v)
    return out


def _strings(path: Path, node, what: str) -> list[tuple[str, object]]:
    if not isinstance(node, yaml.SequenceNode):
        raise WordClassError(f"{_where(path, node)}: {what} must be a list")
    out = []
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode) or item.tag != "tag:yaml.org,2002:str":
            raise WordClassError(
                f"{_where(path, item)}: {what}: {_show(item)} is not a word (a string)"
            )
        out.append((item.value, item))
    return out


def _show(node) -> str:
    return repr(node.value) if isinstance(node, yaml.ScalarNode) else f"a {node.id}"


def _check_entry(path: Path, section: str, text: str, node) -> None:
    if section == "words":
        if not text.strip() or text != text.strip() or text != text.lower():
            raise WordClassError(f"{_where(path, node)}: {text!r} must be a lower-case word (rules "
                                 "compare lower-cased lemmas) with no surrounding spaces")  # fmt: skip
    else:
        from .actors.kb import SECTORS

        if text not in SECTORS:
            raise WordClassError(f"{_where(path, node)}: unknown sector code {text!r}")


def load_word_classes(path: Path | None = None) -> dict[str, dict[str, frozenset[str]]]:
    """{section: {class name: its words}} from the file, includes resolved; validates all."""
    path = path or word_classes_path()
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path.name}:{mark.line + 1}" if mark else path.name
        raise WordClassError(f"{where}: not valid YAML: {getattr(e, 'problem', e)}") from e
    if root is None:
        raise WordClassError(f"{path.name}: empty file")
    top = _mapping(path, root, "the file")
    for name, (k, _) in top.items():
        if name not in SECTIONS:
            raise WordClassError(f"{_where(path, k)}: unknown top-level key {name!r} (expected "
                                 f"{' or '.join(sorted(SECTIONS))})")  # fmt: skip
    out: dict[str, dict[str, frozenset[str]]] = {}
    for section, own_key in SECTIONS.items():
        raw: dict[str, tuple[list[str], list[tuple[str, object]], object]] = {}
        if section in top:
            for name, (k, v) in _mapping(path, top[section][1], section).items():
                what = f"{section}.{name}"
                spec = _mapping(path, v, what)
                unknown = set(spec) - CLASS_KEYS - {own_key}
                if unknown:
                    raise WordClassError(f"{_where(path, spec[min(unknown)][0])}: {what}: unknown key "
                                         f"{min(unknown)!r} (expected include, {own_key})")  # fmt: skip
                if own_key not in spec:
                    raise WordClassError(f"{_where(path, k)}: {what}: no {own_key!r} list")
                includes = (
                    [t for t, _ in _strings(path, spec["include"][1], f"{what}.include")]
                    if "include" in spec
                    else []
                )
                entries = _strings(path, spec[own_key][1], f"{what}.{own_key}")
                seen: set[str] = set()
                for text, node in entries:
                    _check_entry(path, section, text, node)
                    if text in seen:
                        raise WordClassError(
                            f"{_where(path, node)}: {what}: {text!r} is listed twice"
                        )
                    seen.add(text)
                raw[name] = (includes, entries, k)
        out[section] = _resolve(path, section, raw)
    return out


def _resolve(path: Path, section: str, raw: dict) -> dict[str, frozenset[str]]:
    done: dict[str, frozenset[str]] = {}

    def resolve(name: str, stack: tuple[str, ...]) -> frozenset[str]:
        if name in done:
            return done[name]
        includes, entries, k = raw[name]
        got: set[str] = set()
        for inc in includes:
            if inc not in raw:
                raise WordClassError(
                    f"{_where(path, k)}: {section}.{name}: includes unknown class {inc!r}"
                )
            if inc in stack:
                raise WordClassError(f"{_where(path, k)}: {section}.{name}: includes itself through "
                                     f"{' -> '.join((*stack, inc))}")  # fmt: skip
            got |= resolve(inc, (*stack, inc))
        for text, node in entries:
            if text in got:
                raise WordClassError(f"{_where(path, node)}: {section}.{name}: {text!r} is already in "
                                     "an included class")  # fmt: skip
        done[name] = frozenset(got | {t for t, _ in entries})
        return done[name]

    for name in raw:
        resolve(name, (name,))
    return done


@functools.cache
def _default() -> dict[str, dict[str, frozenset[str]]]:
    return load_word_classes()


def _get(section: str, name: str) -> frozenset[str]:
    classes = _default()[section]
    if name not in classes:
        raise WordClassError(f"{word_classes_path().name}: no {section} class {name!r} "
                             f"(the code asks for it; classes: {', '.join(sorted(classes))})")  # fmt: skip
    return classes[name]


@functools.cache
def word_class(name: str) -> frozenset[str]:
    """The words of a class in the `words:` section; a word written with an apostrophe
    ("'ll") also matches its typographic form ("’ll", as most news sites print it)."""
    return with_typographic(_get("words", name))


def with_typographic(words) -> frozenset[str]:
    """The words plus the typographic form of each written with an apostrophe ("'d" and
    "’d"), so that lists in the code name each contraction once."""
    return frozenset(words) | {w.replace("'", APOSTROPHE) for w in words if "'" in w}


APOSTROPHE = "\u2019"  # the typographic apostrophe


def token_in(tok, words) -> bool:
    """The token's lemma or its lower-case form is one of the words ("forces" or "force")."""
    return tok.lemma_.lower() in words or tok.lower_ in words


def name_head_word(name: str) -> str | None:
    """The lower-case last word of a name when it is the name's head ("FARC dissidents" ->
    dissidents); None when a preposition comes before it (word class name_phrase_preps):
    the refugees of "UN High Commissioner for Refugees" and the journalists of "Committee
    to Protect Journalists" are whom the body serves, not the body."""
    words = name.lower().replace("-", " ").split()
    if not words or word_class("name_phrase_preps").intersection(words[:-1]):
        return None
    return words[-1]


def sector_class(name: str) -> frozenset[str]:
    """The sector codes of a class in the `sectors:` section."""
    return _get("sectors", name)
