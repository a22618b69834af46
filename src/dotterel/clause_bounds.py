"""A semicolon before a clause with its own subject and verb ends a sentence.

"Lima recalled its envoy; we recalled ours the same week" and the headline "X recalls
ambassador over port deal; Y pledges troops" join two independent clauses. Parsed as one
sentence, the small model hangs the second clause on the first (or reads its verb as a
noun), so its event is lost or gets the first clause's actors. A pipeline component, run
after the tagger and before the parser, marks the word after such a semicolon as a sentence
start; the parser keeps a preset start. A semicolon between items of a list ("France,
Germany; Italy, Spain; and Portugal") is followed by no subject-and-verb and stays.
"""

from __future__ import annotations

from spacy.language import Language

NAME = "semicolon_clauses"

# what a clause's subject may open with: a pronoun, a name, a determiner, a noun, an
# adjective or number of a noun phrase ("Chinese officials", "two soldiers")
_SUBJECT_OPENERS = frozenset({"PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "EX"})
# a finite verb: a participle or bare form alone ("captured by rebels") makes no clause
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# what may open the noun phrase after a headline verb the tagger reads as a plural noun
_NOUN_PHRASE = frozenset({"NN", "NNS", "NNP", "NNPS", "DT", "CD", "JJ", "PRP$"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def name_then_s_word(doc, j: int, tags=("NNS",)) -> bool:
    """A name at j, then a lower-case "-s" word with one of these tags: the shape of a
    headline's subject and present-tense verb ("Hungary pledges"), also used by the parse
    repair of such a verb read as a modifier (nlp.py)."""
    if j + 1 >= len(doc) or doc[j].tag_ not in ("NNP", "NNPS"):
        return False
    verb = doc[j + 1]
    return verb.tag_ in tags and verb.text.islower() and verb.text.endswith("s")


def headline_verb(doc, j: int) -> bool:
    """ "Hungary pledges troops": a name, then a lower-case "-s" word tagged a plural noun,
    then a noun phrase: in a headline that word is the present-tense verb."""
    return j + 2 < len(doc) and name_then_s_word(doc, j) and doc[j + 2].tag_ in _NOUN_PHRASE


def _inside_quotation(doc, i: int) -> bool:
    """Whether the word at i is inside an open quotation: an odd number of straight double
    quotes before it, or more opening than closing curly ones. A semicolon there is the
    speaker's: splitting at it would part the quoted clause from "X said"."""
    before = [t.text for t in doc[:i]]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def clause_starts(doc) -> list[int]:
    """The indices of the words that open a clause after a semicolon: a subject opener
    followed, before the next semicolon, by a finite verb (or a headline's verb). A
    semicolon inside a quotation stays (`_inside_quotation`)."""
    starts = []
    semis = [t.i for t in doc if t.text == ";"]
    for n, i in enumerate(semis):
        if _inside_quotation(doc, i):
            continue
        j = i + 1
        while j < len(doc) and doc[j].text in _QUOTES:
            j += 1
        if j >= len(doc) or doc[j].tag_ not in _SUBJECT_OPENERS:
            continue
        end = semis[n + 1] if n + 1 < len(semis) else len(doc)
        if any(doc[k].tag_ in _FINITE for k in range(j + 1, end)) or headline_verb(doc, j):
            starts.append(j)
    return starts


@Language.component(NAME)
def semicolon_clauses(doc):
    """Mark each clause after a semicolon as a sentence start (see the module's note)."""
    if ";" in doc.text:
        for j in clause_starts(doc):
            doc[j].is_sent_start = True
    return doc


def add_to(nlp) -> None:
    """The component, before the parser (idempotent)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
