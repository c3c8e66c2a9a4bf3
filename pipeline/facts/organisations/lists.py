"""Names a text lists after a word for bodies or things of a kind: "three ISPs: Swisscom, Sunrise, and Switch",
«операторы связи: МТС, Билайн и МегаФон» name bodies; "formats such as CSV, Parquet and Arrow" name things."""

from __future__ import annotations

import re
from functools import cache

from ...intervals import Ranges
from ...lexicon.cues import any_word
from ...lexicon.gazetteer import lemma_of
from ...nlp.lang import has_cyrillic
from ...nlp.morph import Morph
from .evidence import caption_words
from .names import ORG_WORDS, agrees, nominative
from .things import things

_WORD = r"[A-ZА-ЯЁ](?:[\w&-]|\.(?=\w))*"
# the next word of a name: a capitalised word, perhaps after a particle ("Fratelli d'Italia", "Il Popolo della
# Libertà") or "&" ("Hauer & Feld"), or a figure before one ("Movimento 5 Stelle")
_NEXT = rf"[ \t]+(?:&[ \t]+)?(?:(?:de|di|da|del|della|dos|das|du|la|le|von|van|der)[ \t]+|d['’])?(?:{_WORD}|\d+(?=[ \t]+[A-ZА-ЯЁ]))"
# a quoted name opens with a capital or a figure: ("domestic") after "firms" is a category's label; a name may end
# in a number ("Nord Stream 2", "Channel 4")
_NAME = rf"(?:«[A-ZА-ЯЁ0-9][^«»\n]{{0,39}}»|\"[A-ZА-ЯЁ0-9][^\"\n]{{0,39}}\"|{_WORD}(?:{_NEXT}){{0,5}}(?:[ \t]+\d{{1,2}}(?![\d.,]\d))?)"
# a name and what a bracket says of it ("Lega (Nord)", «Единая Россия (ЕР)»): the bracket is no name of the list
# (a word in small letters may say what the body is before its quoted name: «агрокомбината «Снов»»)
_ITEM = rf"(?:[a-zа-яё-]{{3,}}[ \t]+(?=[«\"]))?(?P<name>{_NAME})(?:[ \t]+\([^()\n]{{1,60}}\))?"
_NAMES = rf"(?P<names>{_ITEM.replace('?P<name>', '')}(?:(?:[ \t]*[,;]|[ \t]+[-–—])[ \t]*{_ITEM.replace('?P<name>', '')})*" \
         rf"(?:[,;]?[ \t]+(?:and|or|и|или)[ \t]+{_ITEM.replace('?P<name>', '')})?)"


@cache
def _listed() -> re.Pattern[str]:
    """A plural word for bodies of a kind, then a colon, "such as", "including", "include", «такие как», a dash
    (set close to the first name too: "firms—Akin Gump ...") or a bracket, then names (a semicolon may part them);
    or names right after the word (`bare`), which `listed` takes only joined by a conjunction."""
    category = any_word(ORG_WORDS, "category", whole=True)
    return re.compile(
        rf"{category}(?:(?:[ \t]+[a-zа-яё]+)?(?:[ \t]*(?::|,?[ \t]+(?:such[ \t]+as|including|like|include[sd]?|например"
        rf"|в[ \t]+том[ \t]+числе|так(?:ие|их|ими)[ \t]+как)|[ \t]+[—–])[ \t]+|[ \t]*[—–](?=[A-ZА-ЯЁ])|[ \t]+\()|(?P<bare>[ \t]+))"
        + _NAMES)


_PLACEHOLDER = re.compile(r"[A-ZА-ЯЁ]\d?")  # "two companies A and B": bodies a text keeps anonymous
_THING_CUE = re.compile(rf"(?<![^\W\d_])(?:включая|including|such[ \t]+as|например|так(?:ие|их|ими)[ \t]+как(?:,?[ \t]+например,?)?|like)"
                        rf"[ \t]+{_NAMES}")


def things_listed(text: str, things: frozenset[str], morph: Morph) -> set[str]:
    """The names a word for things (data/org_things.txt, as lemmas) introduces as a list, within six
    words before it: "formats such as CSV, Parquet and Arrow", «форматов файлов, включая HTML,
    Markdown и Jupyter Notebook»: each is a thing."""
    out: set[str] = set()
    for m in _THING_CUE.finditer(text):
        lead = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 80) : m.start()])[-6:]
        if any(lemma_of(w, morph) in things for w in lead):
            out.update(" ".join(name.split()) for _, _, name in _names_in(m))
    return out


def listed(text: str, morph: Morph) -> list[tuple[int, int, str]]:
    """The names a plural word for bodies of a kind introduces as a list ("three ISPs: Swisscom,
    Sunrise, and Switch", «операторы связи: МТС, Билайн и МегаФон»), or names joined by a conjunction
    right after it («компаний Nord Stream 2 и Роснефти»): each is a body of that kind (a Russian one in
    the nominative)."""
    labels = caption_words()  # "banks (Table 3)"
    out = []
    for m in _listed().finditer(text):
        names = _names_in(m)
        if len(names) == 1 and re.search(r":|\binclude", text[m.start():m.start("names")]):
            continue  # "protrade firms: Those same firms ...": after a colon one capital opens a sentence, a list has two
        if _a_thing_before(text, names[0][0], morph):
            continue  # «компаний-операторов газопроводов «Северный поток-1» и «Северный поток-2»»: the pipelines
        if m.group("bare") and not re.search(r"\s(?:и|and)\s", m.group("names")):
            continue  # right after the word, names joined by a conjunction (not «партии «X» (Венгрия), Георг Жено»)
        out += [(start, end, name if not has_cyrillic(name) or text[start - 1:start] in "«\"" else nominative(name, morph))
                for start, end, name in (_with_its_noun(text, s, e, n, morph) for s, e, n in names)
                if name.split()[0].lower().rstrip(".") not in labels and not _PLACEHOLDER.fullmatch(name)]
    return out


_SMALL_WORD_BEFORE = re.compile(r"(?<![\w-])([a-zа-яё]{3,})[ \t]+[«\"]?$")


def _a_thing_before(text: str, start: int, morph: Morph) -> bool:
    """Whether the word in small letters right before a list's first member calls the members things («компаний-операторов
    газопроводов | «Северный поток-1» и «Северный поток-2»»: pipelines, not companies)."""
    word = _SMALL_WORD_BEFORE.search(text, max(0, start - 40), start)
    if word is None:
        return False
    lemma = lemma_of(word.group(1), morph) if has_cyrillic(word.group(1)) else word.group(1).removesuffix("s")
    return lemma in things(morph)


_NOUN_AFTER = re.compile(r"[ \t]+([а-яё]{3,})(?![\w-])")


def _with_its_noun(text: str, start: int, end: int, name: str, morph: Morph) -> tuple[int, int, str]:
    """A Russian name of one capitalised adjective goes on to the noun in small letters it agrees with («компаний
    «...» и Щучинского | маслосырзавода»): the capitals of a list end there, the name does not."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+", name) or (noun := _NOUN_AFTER.match(text, end)) is None \
            or not all(p.tag.POS == "ADJF" for p in morph.parse(name.lower())[:2]) or not agrees(name, noun.group(1), morph):
        return start, end, name
    return start, noun.end(), f"{name} {noun.group(1)}"


# a line of a vertical list: an optional marker, a name that opens with a capital, its end («;», «,», «.»)
_LIST_LINE = re.compile(r"[ \t]*(?:[-–—•▪*][ \t]+|\d{1,2}[.)][ \t]+)?(?P<name>[A-ZА-ЯЁ]\S*(?:[ \t]+\S+)*?)[ \t]*[;,.]?[ \t]*")
_SHORT_LINE = re.compile(r"^[^\n]{1,160}$", re.M)  # (a list's line is short: a paragraph is none)
_LISTED_BODIES = 3  # lines of bodies in a row that make a list of them
_JOINING = frozenset({"and", "or", "&", "и", "или"})


def bodies_listed(text: str, heads: frozenset[str]) -> list[tuple[int, int, str]]:
    """The names of a vertical list of bodies, one a line: three or more lines in a row each with a word for
    a body in the nominative among its first three, capitalised («Комиссия по защите внутренних рынков;»,
    «Совет по сотрудничеству в области атомной энергии;», "Commission for the protection of national markets;",
    "Board of Health;"; English ones translated as such lists often are, with the rest in small letters).
    Each such line is a body's whole name, however its words are written and whatever they go on with."""
    out: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []
    last_end = 0
    for line in _SHORT_LINE.finditer(text):
        if (m := _LIST_LINE.fullmatch(text, line.start(), line.end())) is None:
            continue
        name = m.group("name").rstrip(".;,")
        words = name.split()
        at = next((i for i, w in enumerate(words[:3]) if w.lower() in heads and w[:1].isupper()), None)
        # (a body's word joined to another by «и», "and" qualifies what follows: "Service and sales workers")
        if len(words) > 12 or at is None or at + 1 < len(words) and words[at + 1].lower() in _JOINING:
            name = ""
        between = text[last_end:m.start()]
        if between.strip() or between.count("\n") > 2 or not name:  # (not the next line or the one after a
            out += run if len(run) >= _LISTED_BODIES else []          # blank one, or no body's word first)
            run = []
        if name:
            run.append((m.start("name"), m.start("name") + len(name), name))
        last_end = m.end()
    return out + (run if len(run) >= _LISTED_BODIES else [])


def with_members(candidates: list[tuple[int, int, str]], members: list[tuple[int, int, str]],
                 found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The candidates with the members of lists: a span that holds two members is the list, not a
    name («институтов (НИКИЭТ, ФЭИ)»), one inside a member is a piece of its name ("LLP" of "Akin Gump
    Strauss Hauer & Feld, LLP", "Labour" of "the Labour party"), one across a member's end joins two ("Forza Italia
    - Il Popolo" of "Forza Italia - Il Popolo della Libertà"), and a member no other name covers is added."""
    kept = [c for c in candidates if sum(c[0] <= m[0] and m[1] <= c[1] for m in members) < 2
            and not any(m[0] <= c[0] and c[1] <= m[1] and (m[0], m[1]) != (c[0], c[1]) for m in members)
            and not any(c[0] < m[0] < c[1] < m[1] or m[0] < c[0] < m[1] < c[1] for m in members)]  # across two
    spoken_for = Ranges(found + kept)
    return kept + [m for m in members if not spoken_for.overlaps(m[0], m[1])]


def _names_in(m: re.Match[str]) -> list[tuple[int, int, str]]:
    """Each name of a list the match holds in its `names` group: start, end, and the name without quotes."""
    out = []
    for item in re.finditer(_ITEM, m.group("names")):
        start = m.start("names") + item.start("name")
        name = item.group("name")
        # the span is the name inside its quotes, to be read in the nominative («Беловежских сыров»); after a word
        # that says what it is, the name keeps its quotes and its form («агрокомбината «Снов»»)
        quoted = name[:1] in "«\"" and name[-1:] in "»\"" and item.start("name") == item.start()
        out.append((start + quoted, start + len(name) - quoted, name.strip("«»\"")))
    return out
