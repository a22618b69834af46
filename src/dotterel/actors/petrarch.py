"""PETRARCH/TABARI actor and agent dictionaries, loaded into the knowledge base.

`dotterel code --actors FILE --agents FILE` (both repeatable) reads dictionaries in the
format the PETRARCH coders and the Phoenix pipeline use, on top of the built-in knowledge
files or, with `--no-builtin-actors`, instead of them. What is read:

Actors (`kind="actors"`)::

    # a comment to the end of the line;  <!-- an XML comment, possibly over lines -->
    GONDOR [GON]                 a root phrase and its code
    +MINAS_TIRITH                synonyms of the root above; "_" joins words of a phrase
    ARNOR_ [ARN]                 a trailing "_" (TABARI: "no stemming") is dropped
    GOLLUM                       codes may follow on their own lines, several per entry,
        [HOB <950601]            with date restrictions: before, after, between dates
        [HOBGOV 950601-990815]   (YYMMDD, 00-30 = 20YY, else 19YY; or YYYYMMDD)
        [HOBREB >990816]
        [HOB]                    an undated code is the default
    BOROMIR [---]                "---": recognised but never coded

On an article's date the first dated code whose interval holds the date wins, then the
undated default; a name with neither on that date is not an actor. The code is used
whole (`code` in the output); its first three letters give `country` when they are an ISO
alpha-3 code, and the rest, in groups of three, the `sector` list.

Agents (`kind="agents"`)::

    !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     a substitution set
    PRESIDENT [~GOV]             "~CODE": appended to the actor's code (ISR + GOV)
    HUMAN_RIGHTS_BODY [NGO~]     "CODE~": put before it (NGO + ISR)
    TROOPS {} [~MIL]             {} no plural; {ATTORNEYS_GENERAL} an irregular plural;
                                 otherwise a regular plural (+S, Y -> IES, S -> ES) is added
    CONGRESS!PERSON! [~LEG]      one agent per member of the set (CONGRESSMAN, ...)

Words are matched whole and case-insensitively (PETRARCH's rule; TABARI's prefix
matching is not done), a phrase's words consecutively. Problems that PETRARCH would skip
(a code block without "]", an unreadable date) are skipped too and counted in the
returned `LoadReport` with file and line; a file that cannot be read raises
`KnowledgeError`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from .kb import Entity, KnowledgeBase, KnowledgeError, Role, Term, tokenize_cased

# words written in lower case inside names ("Radagast the Brown", "Group of 77")
_FUNCTION_WORDS = {"the", "of", "and", "for", "de", "del", "della", "la", "le", "les", "al",
                   "el", "bin", "ibn", "bint", "von", "van", "der", "den", "da", "do", "dos",
                   "das", "du", "des", "y", "e", "in", "on", "to", "at", "a", "an", "ul", "ud",
                   "'s"}  # fmt: skip
# code prefixes that are not countries (CAMEO international and non-state actor codes)
NON_STATE = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT", "REB", "MOD", "RAD", "CVL",
             "BUS", "GOV", "MIL", "OPP", "UAF", "ELI", "REF"}  # fmt: skip


@dataclass
class LoadReport:
    """What one dictionary file gave: entries, phrases, and skipped lines with reasons."""

    path: str
    kind: str
    entries: int = 0
    phrases: int = 0
    codes: int = 0
    dated_codes: int = 0
    null_entries: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        what = "actors" if self.kind == "actors" else "agents"
        s = (f"{Path(self.path).name}: {self.entries} {what}, {self.phrases} phrases, "
             f"{self.codes} codes ({self.dated_codes} dated)")  # fmt: skip
        if self.null_entries:
            s += f", {self.null_entries} never coded"
        s += f", {self.seconds:.2f} s"
        if self.problems:
            s += f"; {len(self.problems)} line(s) skipped"
        return s


def load_petrarch(kb: KnowledgeBase, path: Path | str, kind: str = "actors") -> LoadReport:
    """Read one PETRARCH actors or agents dictionary into `kb` (call `kb.finish()` after
    the last one). Returns a report; skipped lines are also in `kb.warnings`."""
    path = Path(path)
    if kind not in ("actors", "agents"):
        raise ValueError(f"kind must be 'actors' or 'agents', not {kind!r}")
    t0 = time.perf_counter()
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read: {e.strerror or e}") from e
    rep = LoadReport(str(path), kind)
    lines = list(_clean_lines(text))
    if kind == "actors":
        _read_actors(kb, path, lines, rep)
    else:
        _read_agents(kb, path, lines, rep)
    rep.seconds = time.perf_counter() - t0
    kb.sources.append(str(path))
    kb.load_seconds += rep.seconds
    kb.warnings.extend(rep.problems)
    kb.dictionary_reports.append(rep)
    return rep


# -- lines ----------------------------------------------------------------------------------
def _clean_lines(text: str):
    """(line number, content) without comments and blank lines."""
    in_comment = False
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw
        if in_comment:
            if "-->" not in line:
                continue
            line = line.split("-->", 1)[1]
            in_comment = False
        stripped = line.lstrip()
        if stripped.startswith("#"):
            continue
        if stripped.startswith("<!") and not stripped.startswith("<!--"):
            continue  # "<! -- ... -->": PETRARCH skips any line that starts with "<!"
        while "<!--" in line:
            before, after = line.split("<!--", 1)
            if "-->" in after:
                line = before + " " + after.split("-->", 1)[1]
            else:
                line = before
                in_comment = True
        if "#" in line:
            line = line.split("#", 1)[0]
        line = line.strip()
        if line:
            yield n, line


_CODE_BLOCK = re.compile(r"\[([^\]\[]*)\]")


def _parse_day(s: str) -> dt.date | None:
    """YYMMDD (00-30 -> 20YY, else 19YY) or YYYYMMDD; None when not a date."""
    if not s.isdigit() or len(s) not in (6, 8):
        return None
    if len(s) == 6:
        yy = int(s[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(s[2:4]), int(s[4:6])
    else:
        year, month, day = int(s[:4]), int(s[4:6]), int(s[6:8])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_code_block(body: str) -> tuple[str, dt.date | None, dt.date | None, bool] | str:
    """'HOBGOV 950601-990815' -> (code, start, end, dated); a string is an error message."""
    parts = body.strip().split(None, 1)
    if not parts:
        return "empty code block []"
    code = parts[0].strip().upper()
    rest = parts[1].replace(" ", "") if len(parts) > 1 else ""
    if not rest:
        return code, None, None, False
    one = dt.timedelta(days=1)
    if rest[0] in "<>":
        d = _parse_day(rest[1:])
        if d is None:
            return f"unreadable date restriction {rest!r}"
        return (code, None, d - one, True) if rest[0] == "<" else (code, d + one, None, True)
    m = re.fullmatch(r"(\d+)-(\d+)", rest)
    if m:
        a, b = _parse_day(m.group(1)), _parse_day(m.group(2))
        if a is None or b is None:
            return f"unreadable date range {rest!r}"
        if b < a:
            return f"date range {rest!r} ends before it starts"
        return code, a, b, True
    return f"unreadable date restriction {rest!r}"


def _split_codes(line: str, where: str, rep: LoadReport) -> tuple[str, list[tuple]]:
    """A line's phrase part and its code blocks."""
    blocks = []
    first = line.find("[")
    phrase = line if first < 0 else line[:first]
    if first >= 0:
        tail = line[first:]
        for m in _CODE_BLOCK.finditer(tail):
            got = _parse_code_block(m.group(1))
            if isinstance(got, str):
                rep.problems.append(f"{where}: {got}; code skipped")
            else:
                blocks.append(got)
        rest = _CODE_BLOCK.sub("", tail).strip()
        if rest:
            rep.problems.append(f"{where}: cannot read {rest!r} (a code block needs [ and ])")
    return phrase.strip(), blocks


# -- codes ------------------------------------------------------------------------------------
@functools.cache
def _iso3() -> frozenset[str]:
    try:
        import pycountry

        codes = {c.alpha_3 for c in pycountry.countries}
    except Exception:  # pragma: no cover - pycountry is a dependency
        codes = set()
    return frozenset(codes | {"XKX"})


def _is_null(code: str) -> bool:
    return not any(c.isalpha() for c in code)


def code_parts(
    code: str, kb: KnowledgeBase | None = None
) -> tuple[str | None, list[str], str | None]:
    """'USAGOV' -> ('USA', ['GOV'], None); 'IGOUNOWFP' -> (None, ['IGO','UNO','WFP'], 'WFP'
    org key when the built-in knowledge base has an organisation with that code)."""
    code = code.split("/")[0]
    head = code[:3]
    countries = set(kb.countries) if kb is not None and kb.countries else set()
    country = head if head not in NON_STATE and (head in countries or head in _iso3()) else None
    rest = code[3:] if country else code
    sectors = [rest[i : i + 3] for i in range(0, len(rest), 3)] if len(rest) % 3 == 0 else [rest]
    org = None
    if kb is not None and kb.orgs:
        if not kb.org_by_code:
            kb.org_by_code = {o.code: k for k, o in kb.orgs.items() if o.code}
        org = kb.org_by_code.get(code)
    return country, [s for s in sectors if s], org


# -- phrases ----------------------------------------------------------------------------------
def _phrase_words(phrase: str) -> list[str]:
    phrase = phrase.strip().rstrip("_").replace("_", " ")
    return phrase.split()


def _display(words: list[str]) -> str:
    out = []
    for w in words:
        low = w.lower()
        if low in _FUNCTION_WORDS and out:
            out.append(low)
        elif "." in w or len(w) <= 3:
            out.append(w)  # acronyms and initials as written
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _add_phrase(kb: KnowledgeBase, words: list[str], ent: Entity, function: str,
                sector: tuple[str, ...], proper: bool) -> bool:  # fmt: skip
    """Index one dictionary phrase; dictionary terms win ties with built-in ones."""
    toks: list[str] = []
    for w in words:
        toks.extend(tokenize_cased(w))
    if not toks:
        return False
    low = tuple(t.lower() for t in toks)
    if low[0] == "the" and len(low) > 1 and function != "sector":
        toks, low = toks[1:], low[1:]
    if proper:
        caps = tuple(t.lower() not in _FUNCTION_WORDS and any(c.isalpha() for c in t) for t in toks)
        single = len(toks) == 1
        strict = tuple(
            c
            and t.replace(".", "").isalpha()
            and (len(t.replace(".", "")) == 2 or (single and len(t.replace(".", "")) <= 3))
            for t, c in zip(toks, caps, strict=True)
        )
    else:
        caps = tuple(False for _ in toks)
        strict = caps
    term = Term(low, ent, function, sector, proper, False, " ".join(words), caps, strict, False,
                priority=0)  # fmt: skip
    kb._index[low[0]].append(term)
    return True


# -- actors -------------------------------------------------------------------------------------
def _read_actors(kb: KnowledgeBase, path: Path, lines, rep: LoadReport) -> None:
    current: dict | None = None

    def close(entry: dict | None) -> None:
        if entry is None:
            return
        where = entry["where"]
        if not entry["codes"]:
            rep.problems.append(f"{where}: {entry['display']!r} has no code; skipped")
            return
        roots = entry["phrases"]
        base = f"dict:{path.stem}:{entry['display']}"
        eid, k = base, 2
        while eid in kb.entities:
            eid, k = f"{base}#{k}", k + 1
        ent = Entity(eid, "petrarch", entry["display"], origin=where)
        for code, start, end, dated in entry["codes"]:
            rep.codes += 1
            rep.dated_codes += dated
            if _is_null(code):
                ent.roles.append(Role(None, None, "", "no code", start, end, where, code=""))
                continue
            country, sectors, org = code_parts(code, kb)
            ent.roles.append(Role(country, org, sectors[0] if sectors else "", "dictionary",
                                  start, end, where, code=code.split("/")[0]))  # fmt: skip
        if all(r.code == "" for r in ent.roles):
            rep.null_entries += 1
        ent.country = next((r.country for r in ent.roles if r.country), None)
        kb.entities[eid] = ent
        rep.entries += 1
        for words in roots:
            rep.phrases += _add_phrase(kb, words, ent, "name", (), proper=True)

    for n, line in lines:
        where = f"{path.name}:{n}"
        if line.startswith("["):
            phrase, blocks = _split_codes(line, where, rep)
            if current is None:
                rep.problems.append(f"{where}: a code line before any actor; skipped")
                continue
            current["codes"].extend(blocks)
            current["last"] = n
            continue
        if line.startswith("+"):
            phrase, blocks = _split_codes(line[1:], where, rep)
            if current is None:
                rep.problems.append(f"{where}: a synonym (+) before any actor; skipped")
                continue
            words = _phrase_words(phrase)
            if words:
                current["phrases"].append(words)
            current["codes"].extend(blocks)
            current["last"] = n
            continue
        phrase, blocks = _split_codes(line, where, rep)
        words = _phrase_words(phrase)
        if (current is not None and not current["codes"] and words
                and n == current["last"] + 1):  # fmt: skip
            # names stacked on consecutive lines share the codes that follow them
            # (IVO_JOSIPOVIC_ / PRESIDENT_JOSIPOVIC_ / JOSIPOVIC_ / [HRVGOV >20120219])
            current["phrases"].append(words)
            current["codes"].extend(blocks)
            current["last"] = n
            continue
        close(current)
        if not words:
            current = None
            rep.problems.append(f"{where}: a code without a phrase; skipped")
            continue
        current = {"where": where, "display": _display(words), "phrases": [words],
                   "codes": blocks, "last": n}  # fmt: skip
    close(current)


# -- agents -------------------------------------------------------------------------------------
def _plural(words: list[str]) -> list[str]:
    last = words[-1]
    up = last.upper()
    if up.endswith("Y") and len(up) > 1 and up[-2] not in "AEIOU":
        p = last[:-1] + "IES"
    elif up.endswith(("S", "X", "Z", "CH", "SH")):
        p = last + "ES"
    else:
        p = last + "S"
    return words[:-1] + [p]


def _read_agents(kb: KnowledgeBase, path: Path, lines, rep: LoadReport) -> None:
    subst: dict[str, list[str]] = {}
    for n, line in lines:
        where = f"{path.name}:{n}"
        m = re.match(r"!([^!\s]+)!\s*=\s*(.+)$", line)
        if m:
            subst[m.group(1).upper()] = [x.strip() for x in m.group(2).split(",") if x.strip()]
            continue
        phrase, blocks = _split_codes(line, where, rep)
        if not blocks:
            if "[" not in line:
                rep.problems.append(f"{where}: an agent needs a code in [ ]; skipped")
            continue
        code = blocks[0][0]
        prefix = code.endswith("~") and not code.startswith("~")
        bare = code.strip("~")
        if not bare or _is_null(bare):
            rep.problems.append(f"{where}: agent code {code!r} has no letters; skipped")
            continue
        plural: list[str] | None = None
        if "{" in phrase:
            if "}" not in phrase:
                rep.problems.append(f"{where}: missing '}}'; skipped")
                continue
            inside = phrase[phrase.index("{") + 1 : phrase.index("}")].strip()
            phrase = (phrase[: phrase.index("{")] + phrase[phrase.index("}") + 1 :]).strip()
            plural = _phrase_words(inside) if inside else []
        forms: list[list[str]] = []
        if "!" in phrase:
            mm = re.search(r"!([^!\s]+)!", phrase)
            if not mm or mm.group(1).upper() not in subst:
                rep.problems.append(
                    f"{where}: substitution marker in {phrase!r} is not defined; skipped"
                )
                continue
            for item in subst[mm.group(1).upper()]:
                forms.append(_phrase_words(phrase[: mm.start()] + item + phrase[mm.end() :]))
        else:
            words = _phrase_words(phrase)
            if not words:
                rep.problems.append(f"{where}: an agent code without a phrase; skipped")
                continue
            forms.append(words)
            forms.append(plural if plural is not None else _plural(words))
        sectors = (
            [bare[i : i + 3] for i in range(0, len(bare), 3)] if len(bare) % 3 == 0 else [bare]
        )
        eid = f"agent:{'~' if not prefix else ''}{bare}{'~' if prefix else ''}"
        ent = kb.entities.get(eid)
        if ent is None:
            ent = Entity(eid, "sector", bare, sector=tuple(sectors),
                         code=(bare + "~") if prefix else ("~" + bare), origin=where)  # fmt: skip
            kb.entities[eid] = ent
        rep.entries += 1
        rep.codes += 1
        for words in forms:
            if words:
                rep.phrases += _add_phrase(kb, words, ent, "sector", tuple(sectors), proper=False)
