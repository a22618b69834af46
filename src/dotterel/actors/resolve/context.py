"""The evidence in the phrase around a head token (`PhraseContext._context`): countries,
organisations, titles, sector modifiers, "former"/"then", possessives, appositions and
"of" phrases; and the span and builder of the Actor a phrase yields. Every resolution
rule starts from this context."""

from __future__ import annotations

from ...model import Actor
from ...syntax import first_conjunct
from ...words import word_class
from .common import FROM_SIDE_NOUNS, STATE_FORCE_WORDS
from .vocab import (
    ADVISER_NOUNS,
    ALLY_NOUNS,
    FIGHTER_NOUNS,
    MINISTRY_NOUNS,
    NAME_DEPS,
    ORG_WORDS,
    OTHER_SIDE_NOUNS,
    SPOKES_NOUNS,
    WEAK_FORMER,
)

BASED_GROUPS = word_class("based_group_nouns")  # data/word_classes.yaml


SEATED_BODIES = word_class("seated_body_nouns")  # data/word_classes.yaml


POSTED_ENVOYS = word_class("posted_envoy_nouns")  # data/word_classes.yaml


def _of_plural(tok, t) -> bool:
    """`t` is one of the countries coordinated in the "of" phrase of a plural head: "the
    coast guards of Japan and the Philippines" (each country's coast guard), or in its
    "from" phrase ("negotiators from Chile and Peru": each country's)."""
    if tok.tag_ not in ("NNS", "NNPS") or t.i < tok.i:
        return False
    first = first_conjunct(t)
    return (first != t or any(c.dep_ == "conj" for c in t.children)) and (
        first.dep_ == "pobj" and first.head.lower_ in ("of", "from") and first.head.head == tok
    )


def _region_in_name(doc, end: int) -> bool:
    """ "the African Party for the Independence of Cape Verde", "the Arab Socialist Union
    Party": a region word that begins the proper name of a body the files do not know names
    no actor (the body is not the region's)."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    while (
        nxt.pos_ == "PROPN"
        and nxt.lower_ not in ORG_WORDS
        and nxt.i + 1 < len(doc)
        and nxt.i < end + 2
    ):
        nxt = doc[nxt.i + 1]  # "Arab Socialist Union"
    return nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and nxt.lower_ in ORG_WORDS


def _clause_prep(prep) -> bool:
    """A preposition whose object is a clause ("of selling out", "for lying"): what someone
    is accused of or praised for, not whose or of where they are."""
    return any(g.dep_ == "pcomp" or g.tag_ == "VBG" for g in prep.children)


# people named by whom they oppose ("the government's critics", "the regime's opponents")
OPPONENT_NOUNS = word_class("opponent_nouns")  # data/word_classes.yaml
CONTROLLING_PARTICIPLES = word_class("controlling_participles")  # data/word_classes.yaml


def _other_states(owners: list[Actor]) -> list[str]:
    """The countries of the second and later of several states that own a phrase together
    ("their foreign ministries", "the allies' navies"): the phrase stands for one body each."""
    if not owners or owners[0].org is not None:
        return []
    return [a.country for a in owners[1:]
            if a.country and a.org is None and a.country != owners[0].country]  # fmt: skip


class PhraseContext:
    """Part of SentenceActors: the context of a phrase and the span of its actor."""

    # -- evidence around a head -------------------------------------------------------------
    def _owned_by(self, ctx: dict, owner: Actor, t, why: str) -> None:
        """The phrase belongs to `owner`, named by `t` (a possessive, a pronoun): its country
        and organisation are the owner's."""
        ctx["country"] = owner.country
        if owner.org:
            ctx["org"] = self.kb.orgs.get(owner.org)
            ctx["org_tok"] = t
        ctx["country_why"] = why

    def _context(self, tok) -> dict:
        """Countries, organisations, titles and sector words in the phrase around `tok`."""
        ctx = {"country": None, "org": None, "titles": [], "title_words": [], "mods": [],
               "former": False, "left": tok.i, "right": tok.i, "person": None,
               "country_why": "", "region": None, "region_text": "", "dict": None, "words": [],
               "right_mods": [], "countries": [], "then": False, "exiled": False,
               "org_tok": None}  # fmt: skip
        left = [c for c in tok.children if c.i < tok.i and c.dep_ in NAME_DEPS]
        region = []
        for c in left:
            if c.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children
            ):
                continue  # a misparsed clause ("Congo's army fought rebels", "fought" an amod)
            region.extend(t for t in c.subtree if t.i < tok.i)
        cut = self._folded_names(tok)[0]
        if cut >= 0:
            region = [t for t in region if t.i > cut]  # "... and Brazilian President Lula da Silva"
        # "of" phrases and appositions carry context too
        right = []
        title_ok = {t.i for t in region}  # where a title may stand: not inside "of the president"
        appos_mods: set[int] = set()  # the modifiers of an apposition's noun
        appos_titled: set[int] = set()  # those of an apposition that gives a title
        for c in tok.children:
            if c.dep_ == "prep" and _clause_prep(c):
                # "accused the president of selling out to India": the "of" phrase the parser
                # hung on the noun is what he is accused of, a clause, not whose he is
                continue
            if (
                c.dep_ == "prep"
                and c.i > tok.i
                and (
                    c.lower_ == "of"
                    or (c.lower_ == "for" and tok.lemma_.lower() in SPOKES_NOUNS)
                    or (c.lower_ == "to" and tok.lemma_.lower() in ADVISER_NOUNS)
                    or (
                        c.lower_ == "from" and tok.lemma_.lower() in FIGHTER_NOUNS | FROM_SIDE_NOUNS
                    )
                )
            ):  # "a spokesman for X", "a senior aide to the Omani sultan", "fighters from X",
                # "negotiators/officials from X and Y"
                right.extend(c.subtree)
            elif c.dep_ == "appos":
                right.extend(c.subtree)
                if tok.pos_ == "PROPN" and c.pos_ == "NOUN":  # a person's name described
                    appos_mods.update(t.i for t in c.subtree if t.i < c.i and t.head.i == c.i)
                    if any(self.kb.title_at(self.doc, t.i) for t in c.subtree if t.i <= c.i):
                        appos_titled.update(t.i for t in c.subtree if t.i < c.i and t.head.i == c.i)
                title_ok.update(
                    t.i for t in c.subtree if t.i <= c.i
                )  # "X, Iran's foreign minister"
            elif (
                c.dep_ == "acl"
                and c.lemma_.lower() == "base"
                and c.tag_ == "VBN"
                and tok.lemma_.lower() in BASED_GROUPS
            ):
                # "an armed group based in Niger": a group is from where it is based (not
                # troops: "troops based in Germany" are often foreign)
                right.extend(
                    t
                    for g in c.children
                    if g.dep_ == "prep" and g.lower_ == "in"
                    for t in g.subtree
                )
        # "a commander of Russia's militia allies": the allies are not Russia's own forces
        others = {
            x.i
            for a in right
            if a.lemma_.lower() in ALLY_NOUNS
            for c in a.children
            if c.dep_ in ("poss", "amod", "nmod") or c.ent_type_ in ("NORP", "GPE")
            for x in c.subtree
        }
        # "members of the coalition against Isis", "a commander of the war against the
        # Taliban": whom the body fights is not whose member or commander this is
        adversary = {
            x.i for a in right if a.dep_ == "prep" and a.lower_ == "against" for x in a.subtree
        }
        # "X, the British ambassador to the UN": a state's envoy to a body is the state's
        posted = {
            x.i
            for a in right
            if a.dep_ == "prep"
            and a.lower_ in ("to", "at")
            and a.head.lemma_.lower() in POSTED_ENVOYS
            and any(
                c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("NORP", "GPE")
                for c in a.head.children
            )
            for x in a.subtree
        }
        dropped = others | adversary | posted
        right = [t for t in right if t.i not in dropped]
        if tok.dep_ == "appos":
            extra = [
                t for t in tok.head.subtree if t.i < tok.i and t.dep_ in NAME_DEPS | {"compound"}
            ]
            right.extend(extra)
            title_ok.update(t.i for t in extra)
        tokens = sorted(region, key=lambda t: t.i)
        if tokens:
            ctx["left"] = min(t.i for t in tokens)
        i = 0
        pron = None
        scan = tokens + sorted(right, key=lambda t: t.i)
        while i < len(scan):
            t = scan[i]
            got = self.kb.title_at(self.doc, t.i) if t.i in title_ok else None
            if got and t.i != tok.i and not ctx["then"]:
                # "then-Speaker Nancy Pelosi": the title at the event's time ("then" is often
                # parsed outside the phrase)
                j = t.i - 1 - (t.i > 0 and self.doc[t.i - 1].text == "-")
                if j > 0 and self.doc[j].lower_ == "the" and t.i > tok.i:
                    j -= 1  # "General X, then the army chief,": the apposition's title then
                ctx["then"] = j >= 0 and self.doc[j].lower_ in ("then", "then-")
            if got and t.i != tok.i and not self._named_at(t.i):
                L, sec = got
                ctx["titles"].append(sec)
                ctx["title_words"].append(" ".join(x.lower_ for x in self.doc[t.i : t.i + L]))
                i += L
                continue
            low = t.lower_
            if t.pos_ in ("ADJ", "NOUN") and t.i < tok.i and not self._named_at(t.i):
                ctx["words"].append(t.lemma_.lower())
            own = self.match_at.get(tok.i)
            if (
                own is not None
                and own.term.function == "sector"
                and own.start <= t.i < own.end
                and low in self.kb.modifiers
                and self.kb.modifiers[low] not in own.term.sector
            ):
                pass  # "a self-defence group", "a tribal militia": a word of the role noun itself
            elif _controller(t):
                pass  # "the opposition-controlled parliament": the parliament, not the opposition
            elif low in self.kb.modifiers and (
                t.i < tok.i
                # "X, a senior opposition politician": the apposition's words before its noun;
                # "X, a former home minister": no office now (CODING.md: a former holder is no
                # longer the government), as "former home minister X" is; not "Renamo, the
                # former rebel movement" (no title)
                or (t.i in appos_mods and self.kb.modifiers[low] == "OPP")
                or (t.i in appos_titled and self.kb.modifiers[low] == "ELI")
            ):
                sec = self.kb.modifiers[low]
                if sec == "ELI" and low in WEAK_FORMER:
                    ctx["exiled"] = True
                elif sec == "ELI":
                    ctx["former"] = True
                ctx["mods"].append(sec)
            elif low in self.kb.modifiers and t.i > tok.i:
                ctx["right_mods"].append(self.kb.modifiers[low])  # "of the opposition Labour Party"
            m = self.match_at.get(t.i)
            known = self.memory.acronyms.get(t.text) if t.i < tok.i else None
            if known is not None and (m is None or m.start == m.end - 1):
                # "BSF and BGB commanders" after "India's Border Security Force (BSF)" and
                # "Border Guard Bangladesh (BGB)": an acronym the story spelled out is the
                # body it named, as a modifier too (and outranks the files' namesake)
                m = None
                if known.org and known.org in self.kb.orgs and ctx["org"] is None:
                    ctx["org"], ctx["org_tok"] = self.kb.orgs[known.org], t
                elif known.country and not known.org:
                    ctx["countries"].append((t, known.country))
                    if ctx["country"] is None:
                        ctx["country"], ctx["country_why"] = known.country, "acronym"
            if m is not None and _partisan_prefix(self.doc, m.start):
                m = None  # "an anti-Syria journalist", "pro-Western parties": not of that country
            if m is not None and t.i != tok.i and _backer(t):
                m = None  # "US-backed Kurdish fighters": backed by the US, not American
            if m is not None and t.i != tok.i:
                ent = m.term.entity
                if ent.kind == "country" and t.i < tok.i and m.end - 1 == t.i:
                    ctx["countries"].append((t, ent.country))  # "U.S. and North Korean leaders"
                elif ent.kind == "country" and m.end - 1 == t.i and _of_plural(tok, t):
                    ctx["countries"].append((t, ent.country))  # "the navies of India and France"
                if ent.kind == "country" and ctx["country"] is None:
                    ctx["country"] = ent.country
                    ctx["country_why"] = m.term.function
                elif ent.kind == "org" and ctx["org"] is None:
                    ctx["org"] = ent
                    ctx["org_tok"] = t
                elif (
                    ent.kind == "org"
                    and ctx["org"] is not None
                    and self.kb.org_parent.get(ent.org or "", ("",))[0] == ctx["org"].org
                ):
                    ctx["org"] = ent  # "NATO's KFOR peacekeeping force": KFOR, part of NATO
                    ctx["org_tok"] = t
                elif (
                    ent.kind == "region"
                    and ctx["region"] is None
                    and ent.code
                    and not _region_in_name(self.doc, m.end)
                ):
                    ctx["region"] = ent
                    ctx["region_text"] = self.doc[m.start : m.end].text
                elif ent.kind == "petrarch" and ctx["dict"] is None:
                    role, _ = ent.code_on(self.day)
                    if role is not None and role.code:
                        ctx["dict"] = role.code
                        if role.country and ctx["country"] is None:
                            ctx["country"] = role.country
                            ctx["country_why"] = "dictionary"
                elif (
                    ent.kind == "person"
                    and ctx["person"] is None
                    and (
                        t.dep_ == "appos" or (t.dep_ in ("compound", "poss") and t.head.i == tok.i)
                    )
                ):
                    ctx["person"] = (m, t)
                elif (
                    ent.kind == "sector"
                    and t.i < tok.i
                    and not (t.dep_ == "poss" and tok.lemma_.lower() in OPPONENT_NOUNS)
                    and not _controller(t)
                    and not _state_force(t, own)
                ):
                    # "women soldiers", "child fighters": who they are, not a second sector
                    # ("the government's critics" oppose the government; they are not in it)
                    ctx["mods"].extend(s for s in m.term.sector if s != "CVL")
            if (
                t.dep_ == "poss"
                and t.pos_ in ("NOUN", "PROPN")
                and t.head.i == tok.i
                and (m is None or m.term.function == "sector")
                and ctx["country"] is None
                and ctx["org"] is None
                and tok.lemma_.lower() not in OTHER_SIDE_NOUNS
            ):
                ref = self._resolve(t)  # "the group's fighters", "the ministry's spokesman"
                if ref:  # "the bloc's executive secretary, X"
                    self._owned_by(ctx, ref[0], t, "possessive")
                    if t.tag_ == "NNS":  # "the three allies' navies": one navy each
                        ctx["their"] = _other_states(ref)
            if (t.pos_ == "PRON" or t.lower_ == "whose") and t.dep_ == "poss" and pron is None:
                # resolved after the scan: "his Turkish counterpart" is Turkish; "whose" (a
                # determiner to the parser) is the relative clause's noun ("Israel, whose jets")
                pron = t
            i += 1
        if (
            pron is not None
            and ctx["country"] is None
            and ctx["org"] is None
            and tok.lemma_.lower() not in OTHER_SIDE_NOUNS
        ):
            # ("his counterpart" is the same office in another government, not his; "their
            # victims", "its hostages" are those the group acts on, not its members)
            ref = self._pronoun(pron)
            if ref:  # "its executive secretary, X"
                self._owned_by(ctx, ref[0], pron, "pronoun")
                if pron.lower_ == "their":
                    # "Chile and Brazil ...: their foreign ministries said": one body each
                    ctx["their"] = _other_states(ref)
        if ctx["country"] is None and ctx["org"] is None and tok.lemma_.lower() in SEATED_BODIES:
            seat = self._seat_of(tok)
            if seat is not None:  # "the foreign ministry in Bogota", "officials in Islamabad"
                ctx["country"], ctx["country_why"] = seat, "seat"
        if right:
            ctx["right"] = max([tok.i] + [t.i for t in right])
        # "IS fighters": a capitalised acronym the parser took for a verb, right before the phrase
        j = ctx["left"] - 1
        prev = self.match_at.get(j) if j >= 0 else None
        if (prev is not None and prev.end - 1 == j and any(prev.term.strict) and ctx["org"] is None
                and ctx["country"] is None and self.doc[j].pos_ in ("AUX", "VERB", "PRON", "DET", "ADP")):  # fmt: skip
            ent = prev.term.entity
            if ent.kind == "org":
                ctx["org"] = ent
                ctx["left"] = j
            elif ent.kind == "country":
                ctx["country"], ctx["country_why"], ctx["left"] = ent.country, prev.term.function, j
        return ctx

    def _named_at(self, i: int) -> bool:
        """Token `i` is in a name the knowledge base knows (a country, organisation, person,
        dictionary entry), not in a sector noun ("troops", "minister")."""
        m = self.match_at.get(i)
        return m is not None and m.term.function != "sector"

    def _seat_of(self, tok) -> str | None:
        """The country whose capital or name follows "in" after a body of state ("the
        foreign ministry in Bogota"): the body is that country's, as the capital stands for
        its government."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ != "in" or c.i < tok.i:
                continue
            for g in c.children:
                m = self.match_at.get(g.i)
                if (
                    g.dep_ == "pobj"
                    and m is not None
                    and m.end - 1 == g.i
                    and m.term.entity.kind == "country"
                    and m.term.function in ("capital", "seat", "name")
                ):
                    return m.term.entity.country
        return None

    def _sector_noun(self, tok) -> str | None:
        m = self.match_at.get(tok.i)
        if (
            m is not None
            and m.term.function == "sector"
            and (m.end - 1 == tok.i or self._heads_term(tok, m))
        ):
            return m.term.sector[0] if m.term.sector else None
        return None

    def _sector_term(self, tok):
        m = self.match_at.get(tok.i)
        if (
            m is not None
            and m.term.function == "sector"
            and (m.end - 1 == tok.i or self._heads_term(tok, m))
        ):
            return m.term
        return None

    def _heads_term(self, tok, m) -> bool:
        """ "the secretary of state", "the chief of the general staff": a sector term of several
        words is found at its last word ("state", "staff"), but the parse heads the phrase at
        an earlier one ("secretary", the subject of the verb): the term's head (its one word
        whose parent lies outside it, on which the last word depends) names the term too. Not
        a ministry ("the ministry of defence" is of the portfolio, see _resolve_uncached)."""
        if m.end - m.start < 2 or not (m.start <= tok.i < m.end - 1):
            return False
        if tok.lemma_.lower() in MINISTRY_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if m.start <= tok.head.i < m.end and tok.head.i != tok.i:
            return False  # not the head of the term's phrase
        t = self.doc[m.end - 1]
        for _ in range(m.end - m.start):  # the last word hangs from `tok` within the term
            if t.i == tok.i or t.head.i == t.i or not (m.start <= t.head.i < m.end):
                break
            t = t.head
        return t.i == tok.i

    def _span(self, tok, ctx) -> tuple[int, int, str]:
        left = min(ctx["left"], tok.i)
        right = tok.i
        m = self.match_at.get(tok.i)
        if m is not None and m.term.function == "sector" and self._heads_term(tok, m):
            right = m.end - 1  # "secretary of state", the whole term
        while left < tok.i and (
            self.doc[left].lower_ in ("the", "a", "an") or self.doc[left].pos_ == "PUNCT"
        ):
            left += 1
        span = self.doc[left : right + 1]
        return span.start_char + self.offset, span.end_char + self.offset, span.text

    # -- builders -------------------------------------------------------------------------------
    def _actor(self, tok, ctx, **kw) -> Actor:
        s, e, text = self._span(tok, ctx)
        return Actor(text=text, start=s, end=e, **kw)

    def _has_det(self, tok) -> bool:
        return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


BACKING_WORDS = word_class("backing_participles")  # data/word_classes.yaml


def _backer(t) -> bool:
    """A name that modifies "backed", "funded", "trained" ("US-backed", "Iranian-funded"):
    the backer of the phrase's actor, not its nationality (a "Saudi-led" coalition is led by
    Saudi Arabia and coded by its leader, so "led" is not one of these)."""
    if t.dep_ in ("npadvmod", "compound", "nmod", "amod") and t.head.lower_ in BACKING_WORDS:
        return True
    # "the UN-backed government": the parser may hang the name on the noun, not on "backed"
    d = t.doc
    return t.i + 2 < len(d) and d[t.i + 1].text == "-" and d[t.i + 2].lower_ in BACKING_WORDS


def _state_force(t, own) -> bool:
    """ "a government helicopter", "regime troops": the word says whose armed force it is
    (the state's, countries.py), not a second sector."""
    return (
        t.lower_ in STATE_FORCE_WORDS
        and own is not None
        and bool({"MIL", "COP"} & set(own.term.sector or []))
    )


def _controller(t) -> bool:
    """A word that modifies "controlled" or "dominated" ("opposition-controlled",
    "army-dominated"): who controls the body the phrase names, not the body's own sector."""
    return t.dep_ in ("npadvmod", "compound", "nmod", "amod") and (
        t.head.lower_ in CONTROLLING_PARTICIPLES
    )


def _partisan_prefix(doc, i: int) -> bool:
    """A name after "anti-" or "pro-" ("anti-Syria", "pro-Russian") says whom the phrase is
    for or against, not whose it is."""
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "pro"):
        return True
    return i >= 1 and doc[i - 1].lower_ in ("anti-", "pro-")
