"""Scraping junk out before anything is parsed.

Junk that reaches the parser becomes false actors and false events: a related-story card
glued into "President TrumpDonald John TrumpSenate panel advances nominee MORE" would give
the Senate an event. Every rule here removes a span and records it with a reason (in the
original text's offsets), so a reader can see exactly what was taken out and why.

Rules are conservative: they match page furniture (credits, share buttons, teasers,
bylines, datelines) by its shape and never touch an ordinary sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import CleanText, Removed

# -- inline related-story cards ("The Hill" style) ---------------------------------------
# A linked name, the person's full name glued to it (ending with the same surname), the
# headline(s) of other stories, and "MORE".
_CARD = re.compile(
    r"(?P<name>\b[A-Z][\w'’.-]*[a-z])"
    r"(?P<card>[A-Z][\w'’.-]*(?:\s[A-Z(][\w'’.()-]*){0,5}?\s(?P=name)(?:\s(?:Jr|Sr)\.?|\s[IV]{1,3})?"
    r"(?:(?!\bMORE\b)[^\n]){0,400}?\bMORE\b)"
)
# Fallback: a lowercase letter glued to a capital, then a headline and MORE, no sentence end.
_CARD_GLUE = re.compile(r"(?<=[a-z]{3})(?P<card>[A-Z][a-z][^\n]{0,300}?\bMORE\b)")

# -- whole lines of page furniture -------------------------------------------------------
_SHARE_WORDS = (
    r"share|shares|tweet|email|e-mail|print|facebook|twitter|x|whatsapp|linkedin|pinterest|"
    r"reddit|messenger|copy link|copy|save|comments?|comment|flipboard|telegram"
)
_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    # a live blog's filter button, its script notice, its "updated 5m ago" (see _KEY_EVENTS)
    (
        "live-blog",
        re.compile(
            r"^\s*(?:show key events only|please turn on javascript to use this feature|"
            r"(?:see|view) (?:all|the latest) (?:updates|posts)|(?:live )?updated?\s+\d+\s*(?:m|h|min|mins|hours?) ago)\s*$",
            re.I,
        ),
    ),
    (
        "share-buttons",
        re.compile(
            rf"^\s*(?:(?:{_SHARE_WORDS})(?:\s+(?:on|via|this|article|story|link|to)\b)*[\s|,·•/:]*)+\s*$",
            re.I,
        ),
    ),
    ("share-buttons", re.compile(r"^\s*share\s+(?:this|on|via)\b.{0,60}$", re.I)),
    (
        "newsletter",
        re.compile(
            r"^\s*(?:sign up|subscribe|get our|join our|register)\b.{0,160}"
            r"(?:newsletter|email|inbox|updates|alerts|free|today|now|here)\b.{0,80}$",
            re.I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^\s*.{0,40}\b(?:our|daily|weekly|free|morning|evening)\s+(?:[\w-]+\s+)?newsletters?\b.{0,60}$",
            re.I,
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"^\s*(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|"
            r"story continues below(?: advertisement)?|continue reading(?: below)?|"
            r"skip (?:advertisement|to (?:main )?content)|close ad)\s*[.:]?\s*$",
            re.I,
        ),
    ),
    (
        "related-link",
        re.compile(
            r"^\s*(?:related|related coverage|related stories|related articles|related topics|"
            r"read more|read also|also read|see also|more on this story|more:|watch|listen|"
            r"full story|read the full story|"
            r"recommended|most read|most popular|trending|you may also like|more from)\b.{0,300}$",
            re.I,
        ),
    ),
    (
        "follow-us",
        re.compile(
            r"^\s*(?:follow (?:us|@)\S*.{0,80}|click here.{0,100}|download (?:our|the) app.{0,80}|"
            r"listen to this (?:article|story).{0,40}|(?:\d+ )?min(?:ute)? read)\s*$",
            re.I,
        ),
    ),
    (
        "byline",
        re.compile(
            r"^\s*(?:[Bb]y|BY)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
            r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}){0,3}"
            r"(?:\s*(?:,|\||-|–|—|for|in)\s*[A-Z0-9][\w .&'’-]{0,40}){0,3}"
            # the wire's credits after the writer's name ("By Jane Doe; Editing by Tom Roe")
            r"(?:\s*;\s*(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+[^\n]{1,120})?"
            r"\s*$"
        ),
    ),
    (
        "credits",
        re.compile(
            r"^\s*\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|research)\s+by\b.{0,300}$",
            re.I,
        ),
    ),
    (
        "timestamp",
        re.compile(
            r"^\s*(?:(?:first )?published|last (?:modified|updated)|updated|posted)"
            r"(?:\s+(?:on|at))?[\s:]+.{0,60}\d.{0,40}$",
            re.I,
        ),
    ),
    ("timestamp", re.compile(r"^\s*this article is more than .{1,20} old\s*$", re.I)),
    (
        "copyright",
        re.compile(
            r"^\s*(?:©|\(c\)|copyright\b).{0,200}$|^.{0,120}\ball rights reserved\b.{0,120}$|"
            r"^\s*this material may not be (?:broadcast|published).{0,200}$",
            re.I,
        ),
    ),
    (
        "caption",
        re.compile(
            r"^\s*(?:image|media|video|photo) (?:caption|copyright|source)\b.{0,300}$|"
            r"^\s*(?:caption|pictured|above|top|main image|file photo)\s*:.{0,300}$",
            re.I,
        ),
    ),
    (
        "photo-credit",
        re.compile(
            r"^\s*(?:photograph|photo|photos|image|picture|illustration|composite|credit)s?\s*:.{0,200}$",
            re.I,
        ),
    ),
    (
        "photo-credit",
        re.compile(
            r"^\s*[\w .,'’-]{0,60}/\s*(?:AFP|AP|Reuters|Getty Images|EPA|Shutterstock|PA|Alamy)"
            r"(?:\s*(?:via|/)\s*[\w ]+)?\s*$",
            re.I,
        ),
    ),
]

# -- inline photo credits ------------------------------------------------------------------
_AGENCY = r"(?:AP|AFP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|Shutterstock|PA(?: Images)?|Alamy|Xinhua|Anadolu|SOPA|NurPhoto|Bloomberg)"
# the same agencies in capitals, as a wire photo's credit writes them ("REUTERS/Stringer",
# "AP/Jane Doe"); _AGENCY has no escapes (`\s` would become `\S`), only names and groups
_AGENCY_CAPS = _AGENCY.upper()
_INLINE_CREDIT = [
    re.compile(rf"\((?:{_AGENCY})\s+Photo(?:/[^)]{{1,80}})?\)", re.I),
    re.compile(r"\(Photo(?:graph)?\s*(?:by|:)\s*[^)]{1,80}\)", re.I),
    re.compile(r"(?:Photograph|Photo|Image|Credit)\s*:\s*[^\n]{1,120}?/[^\n]{1,80}$", re.M),
    re.compile(rf"©\s*(?:\d{{4}}\s*)?[\w .]{{0,40}}?{_AGENCY}?[\w ]{{0,30}}(?=[\n.]|$)", re.M),
]
# Inline, bullet-separated page furniture: "• Share your views – email replies@x.org •
# Read more reader replies on our site ..."
_BULLET_FURNITURE = re.compile(
    r"\s*•\s*(?:join the debate|read more|do you have|sign up|follow us|click here|email us|"
    r"share your|submit your|send us)\b[^•\n]{0,240}",
    re.I,
)
# A live blog entry's time at the start of its line ("09:30 - Chile's foreign ministry summoned
# ...", "2.15pm GMT – Police fired ...", "5pm: The army ..."): page furniture, like a dateline;
# left in, the parser takes a bare "09:30" for the clause's subject or into the first noun
# phrase ("16:50 - Kenya's foreign minister"), hiding the real one
_ENTRY_TIME = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*(?:GMT|BST|UTC|CET|CEST|EET|EEST|EAT|WAT|CAT|IST|ET|EST|EDT|PT|local(?: time)?))?"
    r"[ \t]*[-–—:|][ \t]+(?=\S)",
    re.M | re.I,
)
_MD_IMAGE = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)|\[[^\]\n]*\]\([^)\n]*\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?[^)\n]*)?\)",
    re.I,
)
_MD_LINK = re.compile(
    r"\[(?P<words>[^\]\n]+)\]\((?:https?://|mailto:|/|#|\.{0,2}/?[\w-]+/)[^)\n]*\)"
)
# A caption line: short, ends with a credit (the whole line goes).
_CAPTION_LINE = re.compile(
    rf"^[^\n]{{0,300}}(?:Photograph|Photo|Picture|Image|Credit)\s*:\s*[^\n]{{0,120}}$|"
    rf"^[^\n]{{0,300}}\((?:{_AGENCY})\s+Photo(?:/[^)]*)?\)\s*$|"
    rf"^[^\n]{{0,300}}/\s*(?:{_AGENCY})(?:\s*via\s*{_AGENCY})?\s*$|"
    # a wire photo's credit after its caption: the agency in capitals, a slash and the
    # photographer ("... Kampala, Uganda, June 24, 2027. REUTERS/Stringer", "REUTERS/Staff/File
    # Photo", "AP/Jane Doe"); capitals and a name with no full stop after it keep out prose
    # that ends with a poll ("a Reuters/Ipsos poll showed.", "an AP/NORC survey found.")
    # a surname's lower-case particle is the photographer's name too ("REUTERS/Essam al-Sudani")
    rf"^[^\n]{{0,300}}\b{_AGENCY_CAPS}/(?!Ipsos|YouGov|NORC)[A-Z][\w'’.-]*"
    r"(?:[ -](?:(?:al|el|ad|as|ash|bin|ben|de|da|di|do|dos|du|van|von|der|den|le|la)[ -])?[A-Z][\w'’-]*){0,3}"
    r"(?:/File(?: Photo)?)?\s*$",
    re.M,
)
# A bare caption: one sentence in the present that ends with the agency's name in brackets
# ("Supporters clash with police on the bridge on Saturday. (AFP)"); a wire story's dateline
# carries the agency mid-line, a prose paragraph has more than one sentence before the
# credit, and a story's own line that ends with the agency is told in the past, quotes or
# names its source (`_one_unreported_sentence`).
_CREDIT_END = re.compile(
    rf"^(?P<words>[^\n]{{1,300}}?)\s*\(\s*{_AGENCY}(?:/[^)\n]{{0,60}})?\s*\)\s*$"
)

# -- datelines ------------------------------------------------------------------------------
# "MOSCOW (Reuters) -", "NAIROBI, Kenya (AP) —", "KYIV, May 18 -", "BAMAKO/PARIS, Aug 16 -",
# "Seoul, March 14 (Reuters) -", "COX'S BAZAR, Bangladesh —", "NEW DELHI:". The place is
# what the story says it was filed from; the dateline is cut before parsing so that the
# place does not become the subject of the first sentence.
_WIRES = (r"(?:Reuters|AP|AFP|Xinhua|UPI|dpa|DPA|IANS|PTI|ANI|Bloomberg|CNN|AA|TASS|Tass|Interfax|"
          r"Yonhap|Kyodo|WAFA|IRNA|ANSA|EFE|BBC|RIA|RIA Novosti|Sputnik|KUNA|SPA|WAM|Bernama|"
          r"Antara|APP|Ukrinform|RFE/RL|CNA|VOA|Al Jazeera|Anadolu|Kyodo News|Jiji)")  # fmt: skip
_NOT_PLACES = (r"(?:NATO|OPEC|ASEAN|BRICS|NAFTA|UNESCO|UNICEF|UNHCR|IAEA|OSCE|ECOWAS|USA|EU|UN|UK|US|"
               r"BREAKING|UPDATE|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL|FACTBOX|EXPLAINER|"
               r"WARNING|NOTE|CORRECTION|CORRECTED|PHOTOS?|VIDEO|AUDIO|INTERVIEW|REFILE|RPT|"
               r"URGENT|FLASH|ALERT|SPORTS?|WORLD|BUSINESS|POLITICS|NEWS|TOP|FEATURE|REVIEW|"
               r"COMMENT|SPECIAL|GRAPHIC|INSIGHT|FOCUS|WRAPUP|TIMELINE|QUOTEBOX|SNAP|POLL|DEVELOPING)")  # fmt: skip
# capitals and small letters with the accented Latin ones ("BOGOTÁ", "YAOUNDÉ", "Asunción")
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAPS_PLACE = (
    rf"[{_UP}][{_UP}'’.-]*[{_UP}.](?:\s[{_UP}][{_UP}'’.-]*[{_UP}.]|\s(?:ES|EL|AL|LA|DE|DU))*"
)
_TITLE_PLACE = rf"[{_UP}][{_LOW}'’.-]+(?:\s(?:[{_UP}][{_LOW}'’.-]+|al|el|es|de|da|du))*"
_WHEN = (
    r"(?:,?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}|"
    r"\d{1,2}\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s\d{4})?)"
)
# the country or region after the place: "NAIROBI, Kenya", "BUNIA, Democratic Republic of
# Congo", "ERBIL, Kurdistan Region of Iraq" (an "of" or "of the" may join its words)
_REGION = r"(?:,\s*[A-Z][\w.'’-]+(?:\s(?:of\s(?:the\s)?)?[A-Z][\w.'’-]+){0,3})"
_DASH = r"(?:\s*(?:—|–|--|-)\s+|\s*(?:—|–)\s*)"
_DATELINE = re.compile(
    # capitals, with optional region, date and agency, ending with a dash or a colon
    rf"^(?!{_NOT_PLACES}\b)(?P<place>{_CAPS_PLACE}(?:\s?/\s?{_CAPS_PLACE})*)"
    rf"{_REGION}?{_WHEN}?(?:\s*\({_WIRES}(?:[/ ][\w ]+)?\))?(?:{_DASH}|:\s+(?=[A-Z\"“]))"
    # title case: needs an agency or a date before the dash ("Seoul, March 14 (Reuters) -")
    rf"|^(?P<place2>{_TITLE_PLACE}(?:/{_TITLE_PLACE})*){_REGION}?"
    rf"(?:{_WHEN}?\s*\({_WIRES}(?:[/ ][\w ]+)?\)|{_WHEN}){_DASH}",
    re.M,
)
_MAX_DATELINE = 90


def find_dateline(text: str, start: int) -> tuple[int, int, list[str]] | None:
    """The dateline at `start` (the first kept line), or at the start of the story's first
    paragraph when the text opens with a headline. Returns (start, end, places): one place,
    or the several of a shared dateline ("BAMAKO/PARIS")."""
    pos = start
    for _ in range(3):
        found = _dateline_at(text, pos)
        if found is not None:
            return found
        # a headline (short, no closing full stop, then a blank line) may come first
        eol = text.find("\n", pos)
        if eol < 0:
            return None
        line = text[pos:eol].strip()
        nl = text.find("\n", eol + 1)
        following = text[eol + 1 : nl if nl >= 0 else len(text)]
        if not _headline_like(line) or following.strip():
            return None
        nxt = eol
        while nxt < len(text) and text[nxt] in " \t\n":
            nxt += 1
        if nxt >= len(text):
            return None
        pos = nxt
    return None


def paragraph_dateline(text: str) -> str | None:
    """The place of a dateline that opens a paragraph ("OUAGADOUGOU - ...", "Lima, May 3
    (Reuters) - ..."), or None: in a round-up of short wire items each item opens with one."""
    found = split_paragraph_dateline(text)
    return found[1] if found is not None else None


def split_paragraph_dateline(text: str) -> tuple[int, str] | None:
    """Where a dateline that opens a paragraph ends, and its place; None without one."""
    found = _dateline_at(text, 0)
    return (found[1], found[2][0]) if found is not None else None


def _dateline_at(text: str, pos: int) -> tuple[int, int, list[str]] | None:
    """The dateline that starts at `pos`, as (start, end, places: each place it names, in
    order, "BAMAKO/PARIS" two), or None: one no longer than _MAX_DATELINE whose place is
    plausible."""
    m = _DATELINE.match(text, pos)
    if not m or len(m.group(0)) > _MAX_DATELINE:
        return None
    place = (m.group("place") or m.group("place2") or "").strip(" ,")
    if not _plausible_place(place):
        return None
    return m.start(), m.end(), dateline_places(place)


def _headline_like(line: str) -> bool:
    if not line or len(line) > 200:
        return False
    if line.startswith(("# ", "## ", "*", "![", "_")):
        return True
    return not line.rstrip().endswith((".", '."', ".”", ":", ";"))


def _plausible_place(place: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", place)
    return len(letters) >= 3 or place.upper() in ("UK", "US")


def dateline_place(place: str) -> str:
    """ "COX'S BAZAR" -> "Cox's Bazar"; "BAMAKO/PARIS" -> "Bamako" (the first place named)."""
    return dateline_places(place)[0]


def dateline_places(place: str) -> list[str]:
    """ "BAMAKO/PARIS" -> ["Bamako", "Paris"]: every place of a shared dateline, in order."""
    return [_title_place(p.strip()) for p in re.split(r"\s?/\s?", place.split(",")[0].strip())]


def _title_place(head: str) -> str:
    """ "COX'S BAZAR" -> "Cox's Bazar"; a title-case place is kept as written."""
    if head.isupper():

        def cap(w: str) -> str:
            return "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))

        head = " ".join(cap(w) for w in head.split())
    return head


def clean(text: str) -> CleanText:
    """Remove junk; return the clean text, what went and why, and the dateline place."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    spans: list[tuple[int, int, str]] = []
    spans.extend(_line_junk(text))
    spans.extend(_inline_junk(text))
    spans = _merge(spans)
    dateline = None
    dateline_others: tuple[str, ...] = ()
    start = _first_kept(text, spans)
    if start is not None:
        got = find_dateline(_blank_spans(text, spans), start)
        if got is not None:
            a, b, places = got
            dateline, dateline_others = places[0], tuple(places[1:])
            spans = _merge(spans + [(a, b, "dateline")])
    kept, removed = _apply(text, spans)
    kept = re.sub(r"[ \t]+\n", "\n", kept)
    kept = re.sub(r"\n{3,}", "\n\n", kept).strip()
    kept = re.sub(r"[ \t]{2,}", " ", kept)
    return CleanText(text=kept, removed=removed, dateline=dateline, dateline_others=dateline_others)


def _first_kept(text: str, spans: list[tuple[int, int, str]]) -> int | None:
    """Offset of the first character that is neither junk nor white space."""
    pos = 0
    for s, e, _ in spans + [(len(text), len(text), "")]:
        seg = text[pos:s]
        if seg.strip():
            return pos + (len(seg) - len(seg.lstrip()))
        pos = max(pos, e)
    return None


def _blank_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text with junk spans blanked out (same offsets), so that a byline or share
    buttons between the headline and the dateline do not hide it."""
    chars = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


# A live blog's list of its own entries' headlines ("Key events" and the lines up to the next
# blank line), its filter button, and an explainer's shouted question headings ("WHY DID
# THEY FIGHT?"): each repeats or announces what the entries tell, and tells nothing itself.
_KEY_EVENTS = re.compile(r"^\s*key (?:events|moments|developments)\s*:?\s*$", re.I)
# A newsletter's or a page's reading list: a heading alone on its line ("ALSO WORTH READING",
# "Further reading", "Related stories", "More from Asia") and the headlines under it, each a
# link to another story ("Pakistan's army chief visits Beijing (Nikkei Asia)"), up to the first
# line that is prose or the blank line after its entries. Its headlines report nothing here.
_READING_LIST = re.compile(
    r"^\s*(?:(?:also )?worth reading|further reading|more (?:to read|reading|stories|headlines)|"
    r"what (?:we|I)(?:'|’)(?:re|m) reading|elsewhere(?: on the web)?|related(?: stories| articles| "
    r"coverage| reading)?|recommended(?: reading| stories)?|more from [\w ,&'’-]{1,40}|most read|"
    r"you may also like|in other news)\s*:?\s*$",
    re.I,
)


def _shouted_question(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (line.endswith("?") and len(line) <= 100 and len(letters) >= 6
            and all(c.isupper() for c in letters))  # fmt: skip


def _line_junk(text: str) -> Iterator[tuple[int, int, str]]:
    in_key_events = False
    reading = 0  # 1: under a reading-list heading, no entry yet; 2: after its first entry
    for start, end, line in _lines(text):
        if not line.strip():
            in_key_events = False
            reading = 1 if reading == 1 else 0  # the blank line under the heading goes on
            continue
        stripped = _plain_line(line)
        end_nl = min(end + 1, len(text))
        if _KEY_EVENTS.match(stripped):
            in_key_events = True
            yield start, end_nl, "key-events"
            continue
        if in_key_events and _headline_like(stripped):
            yield start, end_nl, "key-events"
            continue
        in_key_events = False
        if _READING_LIST.match(stripped):
            reading = 1
            yield start, end_nl, "related-link"
            continue
        if reading and _headline_like(stripped):
            reading = 2
            yield start, end_nl, "related-link"
            continue
        reading = 0
        if _shouted_question(stripped):
            yield start, end_nl, "heading"
            continue
        for reason, rx in _LINE_RULES:
            if rx.match(stripped):
                # a long line that merely starts like furniture is a sentence: keep it
                if len(stripped) > 200 and reason not in (
                    "live-blog",
                    "related-link",
                    "credits",
                    "copyright",
                ):
                    continue
                yield start, end_nl, reason
                break
        else:
            if len(stripped) <= 300 and _CAPTION_LINE.match(stripped) and not _is_prose(stripped):
                yield start, end_nl, "caption"
            elif (m := _CREDIT_END.match(stripped)) and _one_unreported_sentence(m["words"]):
                yield start, end_nl, "caption"


def _plain_line(line: str) -> str:
    """A line as a reader sees it: Markdown links as their words, no emphasis markers."""
    line = _MD_IMAGE.sub("", line)
    line = re.sub(r"\[([^\]\n]+)\]\([^)\n]*\)", r"\1", line)
    line = re.sub(r"(\*\*|__|[*_])(?=\S)|(?<=\S)(\*\*|__|[*_])", "", line)
    return line.strip().lstrip("#> ").strip()


# A line a caption never is: a report in the past, perfect or future ("were detained", "have
# issued", "will meet"), a quote, a source ("according to"), a statement ("officials said").
_REPORTED = re.compile(
    r"\b(?:was|were|has|have|had|will|would|said|says|told|tells|added|announced|according)\b"
    r"|[\"“”]",
    re.I,
)


def _one_unreported_sentence(words: str) -> bool:
    """A caption's words: one sentence in a caption's present tense, and no one's statement.
    A story's own line that ends with the agency ("More than 20 people were detained on
    Monday. (AP)") is news and stays."""
    words = words.rstrip(" .")
    return ". " not in words and not _REPORTED.search(words)


def _is_prose(line: str) -> bool:
    """A caption is a fragment; a line with several sentences around a credit is prose."""
    return line.count(". ") >= 3


def _inline_junk(text: str) -> Iterator[tuple[int, int, str]]:
    taken: list[tuple[int, int]] = []
    for m in _CARD.finditer(text):
        taken.append((m.start("card"), m.end("card")))
        yield m.start("card"), m.end("card"), "related-card"
    for m in _CARD_GLUE.finditer(text):
        s, e = m.start("card"), m.end("card")
        if any(a <= s < b for a, b in taken):
            continue
        if re.search(r"[.!?]\s", text[s:e]):
            continue
        yield s, e, "related-card"
    for m in _BULLET_FURNITURE.finditer(text):
        yield m.start(), m.end(), "furniture"
    for m in _ENTRY_TIME.finditer(text):
        yield m.start(), m.end(), "live-blog"
    # Markdown left in scraped text: an image (its alt text is a caption) goes whole; a
    # link keeps its words and loses the brackets and address
    for m in _MD_IMAGE.finditer(text):
        yield m.start(), m.end(), "image"
    images = [(m.start(), m.end()) for m in _MD_IMAGE.finditer(text)]
    for m in _MD_LINK.finditer(text):
        if any(a <= m.start() < b for a, b in images):
            continue
        yield m.start(), m.start() + 1, "markup"
        yield m.end("words"), m.end(), "markup"
    for rx in _INLINE_CREDIT:
        for m in rx.finditer(text):
            if m.group(0).strip():
                yield m.start(), m.end(), "photo-credit"


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping spans become one; the first (outermost) reason wins."""
    out: list[tuple[int, int, str]] = []
    for s, e, r in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            ps, pe, pr = out[-1]
            out[-1] = (ps, max(pe, e), pr)
        else:
            out.append((s, e, r))
    return out


def _apply(text: str, spans: list[tuple[int, int, str]]) -> tuple[str, list[Removed]]:
    parts: list[str] = []
    removed: list[Removed] = []
    pos = 0
    for s, e, r in spans:
        parts.append(text[pos:s])
        removed.append(Removed(s, e, r, text[s:e].strip()))
        pos = e
    parts.append(text[pos:])
    return "".join(parts), removed
