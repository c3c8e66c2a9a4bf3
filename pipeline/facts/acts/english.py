"""Names of legal acts in English sentences: "the Revised Kyoto Convention", "Treaty on the Eurasian
Economic Union, signed on 29 May 2014", "Convention establishing a Customs Co-operation Council".

Capitalised words before the kind word belong to the name; after it, a complement opened by "on",
"of", "between", "establishing", ... runs over capitalised words, function words and a few lower-case
words, and stops at punctuation, a verb-like word, or a date.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import FUNCTION_WORDS, label, word_set
from ...nlp.english import closed_words
from ...record import Sentence, Token
from ..dates import months
from . import provisions
from .candidate import Candidate
from .lexicon import ACT_WORDS, WEAK, kind_words, technical_name, union_names
from .when import date_after

_MAX_WORDS = 18
_MAX_BEFORE = 9  # words and signs of a name before its kind word: "Coronavirus Aid, Relief, and Economic Security Act"


def _openers() -> frozenset[str]:
    """Words that open a title's complement: "on", "of", "establishing"."""
    return word_set(ACT_WORDS, "opener", lang="en")


def _inner() -> frozenset[str]:
    """Lower-case words that may stand inside a title: "of", "the", "concerning"."""
    return word_set(ACT_WORDS, "inner")


def _enders() -> frozenset[str]:
    """Words that end a title: verbs, pronouns, conjunctions, days."""
    return word_set(ACT_WORDS, "ender")


def _and() -> frozenset[str]:
    return word_set(FUNCTION_WORDS, "and", lang="en")


@cache
def _months() -> frozenset[str]:
    """English month names in lower case ("may", "sept."), from the month names of the date grammar."""
    return frozenset(form for form in months() if form.isascii())


_ABOUT_AFTER_NUMBER = re.compile(r"[ \t]+((?:on|about|concerning)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
                                 r"(?:[ \t]+(?:(?:of|and|the|in|for|on)[ \t]+)*[A-Z][\w'’-]*)*)")


@cache
def _number() -> re.Pattern[str]:
    """«№ 12», "No. 842" after a title."""
    return re.compile(rf"\s*{label('number_sign')}\s*([\w/-]+)")


def find(sentence: Sentence, text: str) -> list[Candidate]:
    """Every naming of an act in one English sentence."""
    kinds = kind_words()
    tokens = sentence.tokens
    out: list[Candidate] = []
    for i, tok in enumerate(tokens):
        kind = kinds.get(tok.lemma) or ("decision" if _plural_title(tokens, i) else None)  # (the "Federal Rules of ...")
        if kind is None or kind in ("refer", "self") or not tok.text.isalpha() \
                or tok.text.lower() not in (tok.lemma, tok.lemma + "s", tok.lemma + "es", tok.lemma[:-1] + "ies"):
            continue  # a kind's noun as written: "Chartered", "decided", "ruling" are no "charter", "decision", "rule"
        if tok.text.lower() != tok.lemma and tok.text.lower().endswith("s"):
            # a plural: "the Agreements on A and B", "the 'Schengen' and 'Dublin' agreements", or none; or one act's
            # title that ends with it ("Iraqi Sanctions Regulations", "Federal Rules of Criminal Procedure")
            if _plural_title(tokens, i):
                out.extend(c for c in [_candidate(tokens, i, kind, text)] if c)
            else:
                out.extend(_each_of(tokens, i, kind, text) or _each_before(tokens, i, kind, text))
            continue
        found = _candidate(tokens, i, kind, text)
        if found:
            out.append(found)
    return out


def _plural_title(tokens: list[Token], i: int) -> bool:
    """Whether the plural kind word at `i` ends one act's capitalised title: two capitalised words right before it,
    or one and "of" with a capitalised word after it ("Export Administration Regulations", "Federal Rules of ...")."""
    if not tokens[i].text[:1].isupper() or tokens[i].text.lower() == tokens[i].lemma \
            or tokens[i].lemma not in word_set(ACT_WORDS, "plural_title", lang="en"):
        return False
    words = 0
    while i - words > 0 and tokens[i - words - 1].text[:1].isupper() and not tokens[i - words - 1].text.isupper():
        words += 1
    after = tokens[i + 1 : i + 3]
    return words >= 2 or words == 1 and len(after) == 2 and after[0].text == "of" and after[1].text[:1].isupper()


_BARE_NUMBER = re.compile(r"\s+(\d{1,5})\b(?![.,]\d)")
_UNTIL = re.compile(r"\s+(?:until|up to|to|through)\s+(?:19|20)\d\d\b")
_OPENING = frozenset("“\"«")
_CLOSING_QUOTE = re.compile(r"[^“”\"«»\n]{0,200}?(?=[”\"»])")


def _closing_quote(text: str, start: int) -> int | None:
    """Where the title a quote opened at `start` ends, before its closing quote."""
    m = _CLOSING_QUOTE.match(text, start)
    return m.end() if m else None


_QUOTED_TITLE = re.compile(r"[ \t]*[“\"'‘«](?P<title>[A-Z][^“”\"'‘’«»\n]{2,150}?)[”\"'’»]")
_ORDINALS = frozenset("zeroth first second third fourth fifth".split())
_ORDINAL = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]+teenth"
                      r"|Twentieth|Twenty-[a-z]+)")
_PERSONAL = frozenset("his her their my our".split())


def _a_discovery(tokens: list[Token], first: int, head: int) -> bool:
    """Whether a law is a law of nature or of a science: numbered ("the First Law of Geography"), a
    person's ("his Law of ...", "Zipf's Law"), or of a thing ("the Law of Conservation of Energy", "the
    Law of Demand"); a country's law is an act ("Ukraine's Law on ...", "the Law of Ukraine on ...",
    "the Law of the Russian Federation")."""
    before = [t.text for t in tokens[max(0, first - 2) : first]]
    if tokens[first].text.lower() in _ORDINALS or before and before[-1].lower() in _ORDINALS | _PERSONAL:
        return True
    if len(before) == 2 and before[1] in ("'s", "’s", "'", "’") and before[0][:1].isupper():
        return before[0] not in _country_names()
    after = tokens[head + 1 : head + 5]
    if first == head and len(after) >= 2 and after[0].text == "of" and after[1].text.isalpha() \
            and after[1].text[:1].isupper() and after[1].text != "The":
        following = " ".join(t.text for t in after[1:])
        return not any(following == name or following.startswith(f"{name} ") for name in _country_names())
    return False


@cache
def _country_names() -> frozenset[str]:
    from ..countries import load_countries

    return frozenset(n for c in load_countries().values() for n in (c.en, *c.aliases))


def _glued_before(text: str, tok: Token) -> bool:
    """Whether a word is joined by a hyphen to the word before it ("Pro-|FTA")."""
    return tok.start > 0 and text[tok.start - 1] in "-‐"


def _candidate(tokens: list[Token], i: int, kind: str, text: str) -> Candidate | None:
    head = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.text.isalpha() and after.text[:1].isupper() and after.text.lower() not in _openers() \
            and "\n" not in text[head.end:after.start] and not _headline(tokens) and not _number().match(text, head.end):
        return None  # "Tax Treaty Analysis", "Collaborative Decision Making": the kind word is a modifier
    first = i
    listed = False  # an "and" before the last words of a list of them was passed
    while first > 0 and i - first < _MAX_BEFORE and not _headline(tokens):
        if _left_word(tokens[first - 1], tokens[first]) or first > 1 and _inside_a_name(tokens, first - 1):
            first -= 1
        elif first > 1 and first < i and tokens[first - 1].text in ("and", "&") \
                and _left_word(tokens[first - 2], tokens[first - 1]) and not tokens[first - 2].text.isupper() \
                and tokens[first - 2].lemma not in kind_words():
            first -= 2  # "Tax Cut and Jobs Act": capitalised words joined by "and" (letters before it are another
            # thing's: "the EU ETS and | Kyoto Protocol"; a kind's word ends another act: "the Trade Act and | ...")
            listed = True
        elif first > 2 and first < i and tokens[first - 1].text in ("and", "&") and tokens[first - 2].text == "," \
                and _left_word(tokens[first - 3], tokens[first - 2]):
            first -= 3  # "Relief, and Economic Security Act": the last of a list, after a comma
            listed = True
        elif first > 1 and first < i and tokens[first - 1].text == "of" and _left_word(tokens[first - 2], tokens[first - 1]):
            first -= 2  # "Defense of Marriage Act", "Freedom of Information Act": capitalised words joined by "of"
        elif first > 1 and listed and tokens[first - 1].text == "," and _left_word(tokens[first - 2], tokens[first - 1]):
            first -= 2  # "Coronavirus Aid, Relief, and ...": the list's earlier words
        else:
            break
    indefinite = False  # "an additional protocol to the AC": one of a kind, unless signed or adopted
    while first < i and tokens[first].lemma in word_set(FUNCTION_WORDS, "definite", "indefinite"):
        indefinite = tokens[first].lemma in word_set(FUNCTION_WORDS, "indefinite")
        first += 1
    k = first - 1
    while k >= 0 and first - k <= 2 and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].lemma not in word_set(FUNCTION_WORDS, "indefinite"):
        k -= 1  # ("an | additional | protocol")
    indefinite = indefinite or k >= 0 and tokens[k].lemma in word_set(FUNCTION_WORDS, "indefinite")
    if head.text.isupper() and len(head.text) > 1 and (first == i or _glued_before(text, head)):
        return None  # "an FTA between a Home and ...", "Pro-FTA firms": letters for a kind name an act only after its name
    if kind == "protocol" and first < i and all(technical_name(t.text) or t.text == "/" for t in tokens[first:i]):
        return None  # "the IP Protocol", "the TCP/IP Protocol": a network's protocol, not a treaty
    if first < i and _opening_word(tokens, first) and _ORDINAL.fullmatch(tokens[first].text):
        first += 1  # "First Protocol tests were run": the sentence's first word, a step, not the act's
    if head.lemma == "law" and _a_discovery(tokens, first, i):
        return None  # "his Law of Universal Gravitation", "the First Law of Geography", "Zipf's Law"
    if i - first == 1 and head.text.islower() and (first == 0 or "\n" in text[tokens[first - 1].end:tokens[first].start]) \
            and not (i + 1 < len(tokens) and tokens[i + 1].text.lower() in _openers()):
        # "Provisional agreement was reached ...", a table's "Company agreement": a word capitalised only for
        # opening the sentence or the line, before a kind's word in small letters, names no act
        return None
    refer = None
    if first > 0:
        word = kind_words().get(tokens[first - 1].lemma)
        refer = word if word in ("refer", "self") else None
    cand = Candidate(start=tokens[first].start, end=head.end, kind=kind, lang="en", refer=refer)
    last = i
    opener = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    # (an agreement "with" a state or a union of them: "signed a cooperation agreement with Mercosur")
    partnered = opener == "with" and _partner_after(tokens, i + 1)
    if (opener in _openers() or opener == "to" and kind == "protocol" or partnered) and not _date_next(tokens, i + 1):
        j = i + 1
        named = False
        while j < len(tokens) and j - i <= _MAX_WORDS:
            tok = tokens[j]
            low = tok.text.lower()
            glued = tok.start == tokens[j - 1].end
            if "\n" in text[tokens[j - 1].end : tok.start]:
                break
            if (sign := _number().match(text, tokens[j - 1].end)) and any(c.isdigit() for c in sign.group(1)) \
                    and tok.text.rstrip(".") in ("No", "Nos", "Nr", "№"):
                break  # "Decision of the EEC Council | No. 871 of 10 December 2001": its number, not "Nomenclature"
            if low in _and() and j + 1 < len(tokens) and tokens[j + 1].text.lower() in word_set(FUNCTION_WORDS, "indefinite"):
                break
            if low in _and() and _another_act(tokens, j + 1):
                break  # "the Customs Code of the Union | and the Harmonized System Convention": two acts
            if low in _enders() or (low == "in" and _date_next(tokens, j)) or (low == "of" and _date_next(tokens, j)):
                break
            if tok.text in ("-", "‐", "–") and glued and j + 1 < len(tokens) and tokens[j + 1].start == tok.end:
                j += 1
                continue
            if tok.text in ("'s", "’s", "'", "’") and glued and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper() \
                    and not provisions.opens(text, tokens[j + 1].start):  # (the act's own "Article 101" ends it)
                j += 1
                continue  # "Declaration on Women's Rights", "... on BRICS Countries' S&T Cooperation": a possessive inside
            if tok.text == "," and named and (through := _listed_on(tokens, j + 1)) is not None:
                last = j = through  # "Agreement on Reciprocal|, Fair, and Balanced Trade": capitalised words a comma lists
                j += 1
                continue
            if re.fullmatch(r"[A-Z][\w.'&-]*", tok.text) or low in _inner() or glued and tok.text.isalpha():
                last = j
                named = named or tok.text[:1].isupper()
            elif tok.text.isalpha() and tok.text.islower() and not low.endswith(("ing", "ed")) \
                    and low not in _months() and not named and opener != "against":
                # a title in lower case ("Convention on the simplification of customs procedures") goes
                # on in lower case; after a capitalised name, a lower-case word is the sentence's own
                # ("the Criminal Code of the Russian Federation punishes ..."); what an act is against has a name
                # ("Convention against Corruption"; not "a Directive against his government")
                last = j
            else:
                break
            j += 1
        while last > i and tokens[last].text.lower() in _inner():
            last -= 1
    cand.end = tokens[last].end
    if kind in ("strategy", "programme") and (until := _UNTIL.match(text, cand.end)):
        cand.end = until.end()  # "the Energy Strategy of Russia until 2030": its horizon
    if first > 0 and tokens[first - 1].text in _OPENING and (close := _closing_quote(text, tokens[first - 1].end)):
        # "“Declaration of Intent to Invest in Power Units No. 1 and No. 2”": a title in quotes opening
        # with its kind word runs to the closing quote
        cand.end = max(cand.end, close)
    quoted = _QUOTED_TITLE.match(text, cand.end) if last == i and head.text[:1].isupper() else None
    if quoted and quoted.group("title").split()[0].lower() not in word_set(ACT_WORDS, "about", lang="en") \
            and kind not in ("programme", "strategy"):
        quoted = None  # a title in quotes opens with what the act is about ("On ...", "About ..."), a programme's with anything
    if quoted:  # "the Federal Law 'On Customs Regulation'", "Decree “On Measures ...”": its title in quotes
        cand.end = quoted.end()
    when = date_after(text, cand.end)
    if when:
        cand.date = when[0]
    number = _number().match(text, cand.end)
    if number is None and last == i and head.lemma in word_set(ACT_WORDS, "numbered", lang="en") \
            and head.text[:1].isupper():
        number = _BARE_NUMBER.match(text, cand.end)  # "Resolution 1973 on Libya"
    about = None
    if number:
        cand.number = number.group(1)
        when = when or date_after(text, number.end())  # "Decision No. 54 of 16 July 2012"
        if when:
            cand.date = when[0]
        if last == i and number.re is not _BARE_NUMBER:
            # "Federal Law No. 289-FZ on Customs Regulation", "Decision No. 54 of 16 July 2012 on the Common Customs
            # Tariff": what the act is about after its number and its date (a resolution's bare number is its name
            # whole: "Resolution 1973 on Libya")
            about = _ABOUT_AFTER_NUMBER.match(text, max(number.end(), when[1] if when else 0))
    cand.title = " ".join(text[cand.start : cand.end].split())
    if cand.number:
        cand.title += f" No. {cand.number}"
    if about is not None:
        cand.title += " " + " ".join(about.group(1).split())
        cand.end = about.end()
    cand.title = cand.title[:1].upper() + cand.title[1:]
    cand.core = cand.title
    complement = tokens[i + 1 : last + 1]
    titled = bool(complement or quoted)  # words of a title after the kind word, or a title in quotes
    # "12. Decision on ...": after a list's number the first word still opens the sentence
    opening_at = _opening_word(tokens, first)
    has_name = any(t.text[:1].isupper() for t in complement) or bool(quoted)
    capital_name = tokens[first].text[:1].isupper() and (
        not opening_at or first < i or titled and (has_name or kind not in WEAK))
    # "the 2012 Foreign Agents law", "the 1996 Telecommunications Act": the year it was passed before its name
    dated = 1 < first < i and re.fullmatch(r"(?:1[89]|20)\d\d", tokens[first - 1].text) is not None \
        and tokens[first - 2].lemma in word_set(FUNCTION_WORDS, "definite") and tokens[first].text[:1].isupper()
    cand.strong = bool(cand.date or cand.number or quoted or dated)
    owner = _owner(tokens, first)
    if owner and not titled and (head.text[:1].isupper() or head.lemma == "constitution"):
        # "Ukraine's Constitution", "Russia's Criminal Code": the act of that country
        cand.start = tokens[first - 2].start
        cand.title = cand.core = f"{cand.title[:1].upper()}{cand.title[1:]} of {owner}"
        return cand
    national = head.lemma in word_set(ACT_WORDS, "national", lang="en") and kind == "other"
    if national and first == i and not titled and head.text[:1].isupper() and i > 0 and refer != "self":
        return cand  # "under the Constitution": the country's constitution
    if first == i and not titled and not cand.number:
        if refer or (head.text[:1].isupper() and i > 0 and kind not in WEAK):
            cand.refer = refer or "refer"
            cand.title = ""
            return cand
        return None
    if first == i and complement and (opener in word_set(ACT_WORDS, "about", lang="en") | {"for"} or partnered) \
            and (_signed_before(tokens, i, partnered) or _signed_after(tokens, last)):
        # "the protocol decision on veterinary cooperation signed by Moldova", "Russia and Kazakhstan signed an
        # agreement on ...": signed or adopted by states
        cand.strong = True
        return cand
    if kind in WEAK and not head.text[:1].isupper() and not cand.strong and not (national and first < i):
        return None  # but "the Georgian constitution"
    # (a code of its field and more: "the Criminal Code" alone may be any country's)
    fielded = head.lemma == "code" and i - first >= 2 \
        and any(t.text.lower() in word_set(ACT_WORDS, "field", lang="en") for t in tokens[first:i])
    # (a directive named by words of its own is one: "the Corporate Sustainability Reporting Directive", not "EU Directive")
    named_directive = head.lemma == "directive" and sum(not t.text.isupper() for t in tokens[first:i]) >= 2
    # (ministers, or states, make a declaration a document type never is: "the Bali Ministerial Declaration")
    between = any(t.text.lower() in word_set(ACT_WORDS, "states", lang="en") for t in tokens[first:i])
    if not titled and not cand.strong and not fielded and not named_directive and not between \
            and (head.lemma in ("law", "code", "directive", "declaration")
                                                           or kind == "protocol" and head.text.islower()) \
            and opener not in _openers():  # "EU Directive on ‘Harmonizing ...’" has a title after all
        # capitalised words before a law, a code, a directive or a declaration and nothing after: a
        # document type or a scientific law ("Single Goods Declaration", "Sales Power Law", "EU
        # Directive") unless the registry knows the act ("Union Customs Code", "Arusha Declaration") or a code
        # names its field ("Internal Revenue Code", "German Civil Code"); so
        # before a protocol in small letters: a network's ("Internet protocol (IP) addresses")
        cand.known_only = True
    if first == i and i > 0 and complement and tokens[i - 1].text.lower() in word_set(ACT_WORDS, "states", lang="en") \
            and opener in word_set(ACT_WORDS, "about", lang="en") | {"between"}:
        # "an intergovernmental agreement on visa-free travel": an agreement between states, about something
        cand.start = tokens[i - 1].start
        title = " ".join(text[cand.start : cand.end].split())
        cand.title = cand.core = title[:1].upper() + title[1:]
        return cand
    if indefinite and head.text.islower() and not cand.strong and not _concluded_near(tokens, first, last):
        return None  # "similar to an additional protocol to the AC": a kind, no act named ("an agreement on ... was signed" is one)
    if capital_name or has_name or cand.strong:
        return cand
    return None


def _listed_on(tokens: list[Token], j: int) -> int | None:
    """The last token of capitalised words a comma goes on listing from `j` up to "and" and the last of them ("Fair,
    and Balanced Trade"), or None; no country and no act's kind word among them (two acts, or parties)."""
    seen_and = False
    k = j
    while k < len(tokens) and k - j < 10:
        tok = tokens[k]
        if tok.text == "," or tok.text.lower() == "and" and not seen_and:
            seen_and = seen_and or tok.text.lower() == "and"
        elif re.fullmatch(r"[A-Z][a-z][\w'-]*", tok.text) and tok.text not in _country_names() \
                and tok.lemma not in kind_words():
            if seen_and and not (k + 1 < len(tokens) and re.fullmatch(r"[A-Z][a-z][\w'-]*", tokens[k + 1].text)):
                return k
        else:
            return None
        k += 1
    return None


def _a_state(tok: Token) -> bool:
    """A country's name, a word for a state's organ or a union of states by its one word ("Moldova", "the
    government", "Mercosur", "EAEU")."""
    return tok.text in _country_names() or tok.lemma in word_set(ACT_WORDS, "state_actor", lang="en") \
        or tok.text in union_names()


def _concluded_near(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a verb of signing or adopting stands a few words before an act's words or after them ("an agreement
    on the termination of the Community | was signed")."""
    concluded = word_set(ACT_WORDS, "concluded", lang="en")
    return any(t.lemma in concluded for t in [*tokens[max(0, first - 6) : first], *tokens[last + 1 : last + 4]])


def _partner_after(tokens: list[Token], j: int) -> bool:
    """Whether "with" at `j` names a state or a union of them as the other party ("with | Mercosur", "with the EU")."""
    k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].text.lower() == "the")
    # (a country of two or three words: "with the | United States")
    return k < len(tokens) and (_a_state(tokens[k]) or any(" ".join(t.text for t in tokens[k : k + n]) in _country_names()
                                                           for n in (2, 3)))


def _signed_before(tokens: list[Token], first: int, partnered: bool = False) -> bool:
    """A verb of signing or adopting shortly before the act's word, with a state near it or as the party after it
    (`partnered`): "Russia and Kazakhstan signed | an agreement on ...", "the CAN signed a cooperation agreement |
    with Mercosur"."""
    window = tokens[max(0, first - 6) : first]
    # (not after "to": "intends to sign an agreement on ..." is an intention, no act yet)
    verb = next((n for n, t in enumerate(window) if t.lemma in word_set(ACT_WORDS, "concluded", lang="en")
                 and not (n > 0 and window[n - 1].text.lower() == "to")), None)
    return verb is not None and (partnered or any(_a_state(t) for t in window[max(0, verb - 3) :] if t is not window[verb]))


def _signed_after(tokens: list[Token], last: int) -> bool:
    """"... | signed by Moldova and Transnistria", "... | adopted by the government": its signers after its title."""
    after = tokens[last + 1 : last + 3]
    return len(after) == 2 and after[0].lemma in word_set(ACT_WORDS, "concluded", lang="en") and after[1].text == "by" \
        and any(_a_state(t) for t in tokens[last + 3 : last + 7])


def _another_act(tokens: list[Token], j: int) -> bool:
    """Whether the capitalised words from `j` on (after a "the") run into a word of an act's kind: the
    naming of another act."""
    kinds = kind_words()
    k = j + (j < len(tokens) and tokens[j].lemma in word_set(FUNCTION_WORDS, "definite"))
    while k < len(tokens) and k - j < 6 and re.fullmatch(r"[A-Z][\w.'-]*", tokens[k].text):
        word = tokens[k].text.lower()
        if kinds.get(tokens[k].lemma) not in (None, "refer", "self") and word in (tokens[k].lemma, tokens[k].lemma + "s"):
            return True  # the kind word itself ("Convention"), not a word the lemmatiser takes to it ("Coding")
        k += 1
    return False


def _each_of(tokens: list[Token], i: int, kind: str, text: str) -> list[Candidate]:
    """"Agreements on Customs Valuation and Rules of Origin": one act per name joined by "and" or a
    comma, when the plural is capitalised and every name has at least two capitalised words (else
    "Agreements on Trade and Economic Cooperation" could be one title)."""
    head = tokens[i]
    if not head.text[:1].isupper() or i + 1 >= len(tokens) or tokens[i + 1].text.lower() not in _openers():
        return []
    opener = tokens[i + 1].text.lower()
    parts: list[list[Token]] = [[]]
    j = i + 2
    while j < len(tokens) and j - i <= _MAX_WORDS:
        tok = tokens[j]
        low = tok.text.lower()
        if "\n" in text[tokens[j - 1].end : tok.start] or low in _enders():
            break
        if (low in _and() or low == ",") and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
            parts.append([])
        elif re.fullmatch(r"[A-Z][\w.'-]*", tok.text) or low in word_set(ACT_WORDS, "list_inner"):
            parts[-1].append(tok)
        else:
            break
        j += 1
    for part in parts:
        while part and part[-1].text.lower() in _inner():
            part.pop()
    if len(parts) < 2 or any(sum(t.text[:1].isupper() for t in part) < 2 for part in parts):
        return []
    singular = head.lemma[:1].upper() + head.lemma[1:]
    out = []
    for n, part in enumerate(parts):
        name = " ".join(text[part[0].start : part[-1].end].split())
        title = f"{singular} {opener} {name}"
        out.append(Candidate(start=head.start if n == 0 else part[0].start, end=part[-1].end, kind=kind,
                             title=title, core=title, lang="en", strong=True))
    return out


_QUOTE_MARKS = frozenset("'‘’\"“”«»")
_DEMONYM = re.compile(r"\w{2,}(?:ian|ese|ish|ic|an|ch)")  # "Russian", "Chinese", "British", "Baltic", "Dutch" (not "Ban")


def _each_before(tokens: list[Token], i: int, kind: str, text: str) -> list[Candidate]:
    """"the 'Schengen' and 'Dublin' agreements", "the Kyoto and Paris agreements": one act per name
    before a plural, the names joined by "and" or commas. A name that may be a people's ("the Russian
    and Chinese laws") or a plural of the kinds that are also everyday nouns names acts only in quotes."""
    parts: list[list[Token]] = [[]]
    quoted = False
    j = i - 1
    while j >= 0 and i - j <= 12:
        tok = tokens[j]
        if tok.text in _QUOTE_MARKS:
            quoted = True
        elif re.fullmatch(r"[A-Z][\w.'-]*", tok.text) and tok.text.lower() not in closed_words():
            parts[-1].insert(0, tok)
        elif (tok.text.lower() in _and() or tok.text == ",") and parts[-1]:
            parts.append([])
        else:
            break
        j -= 1
    if not parts[-1]:
        parts.pop()
    if len(parts) < 2 or any(len(part) > 3 for part in parts):
        return []
    if not quoted and (kind in WEAK or any(_DEMONYM.fullmatch(t.text) for part in parts for t in part)):
        return []
    if kind == "protocol" and any(technical_name(t.text) for part in parts for t in part):
        return []  # "TCP/MQTT and LoRa protocols": a network's protocols, not treaties
    singular = tokens[i].lemma
    out = []
    for part in reversed(parts):
        name = " ".join(text[part[0].start : part[-1].end].split())
        title = f"{name} {singular}"
        out.append(Candidate(start=part[0].start, end=part[-1].end, kind=kind, title=title, core=title, lang="en"))
    return out


def _owner(tokens: list[Token], first: int) -> str | None:
    """The country whose act a possessive names ("Ukraine's Constitution"), or None."""
    if first < 2 or tokens[first - 1].text not in ("'s", "’s"):
        return None
    name = tokens[first - 2].text
    return name if name in _country_names() else None


def _left_word(tok: Token, nxt: Token) -> bool:
    """A word of the name before the kind word: capitalised, not a verb in -ing, not another act."""
    word = tok.text
    if word in ("-", "‐", "–") and tok.end == nxt.start:
        return True  # "Smoot-Hawley", "Dominican Republic–Central America", "Canada–U.S."
    if _ORDINAL.fullmatch(word):
        return True  # "the First Amendment", "its Second Protocol": which act of a series
    if not re.fullmatch(r"[A-Z][\w.'-]*", word) or word.endswith("ing") or word.lower() in closed_words() and not word.isupper():
        return False  # "Under Federal Law No. 129-FZ": a capital that begins a sentence names nothing ("US" is no "us")
    return kind_words().get(tok.lemma) not in ("refer", "self")


def _opening_word(tokens: list[Token], k: int) -> bool:
    """Whether only signs, numbers and marks stand before the token `k` in its sentence."""
    return all(not any(c.isalpha() for c in t.text) for t in tokens[:k])


def _inside_a_name(tokens: list[Token], k: int) -> bool:
    """A capitalised word in -ing or a small word written with a capital between two words of a name before the
    kind word ("American Automobile Labelling Act", "Corporate Sustainability Due Diligence Directive"), not one
    after another act's kind word ("Law Ratifying Treaty")."""
    word, before = tokens[k], tokens[k - 1]
    small = word.text.lower() in closed_words() and word.text[:1].isupper() and not word.text.isupper()
    return bool(re.fullmatch(r"[A-Z][a-z]+ing", word.text) or small) and _left_word(before, word) \
        and kind_words().get(before.lemma) is None


def _headline(tokens: list[Token]) -> bool:
    """A title-cased line ("Putin Signs Law Ratifying Treaty"), where capitals tell nothing about names; not a row of
    cells, whose names keep their capitals ("Singapore | Gulf Cooperation Council–Singapore Free Trade Agreement")."""
    if tokens and tokens[-1].text in (".", "!", "?", ";", ":") or any(t.text == "|" for t in tokens):
        return False
    words = [t.text for t in tokens if t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _date_next(tokens: list[Token], j: int) -> bool:
    nxt = tokens[j + 1].text.lower() if j + 1 < len(tokens) else ""
    return nxt.isdigit() or nxt in _months() or nxt in word_set(FUNCTION_WORDS, "definite") and j + 2 < len(tokens) and tokens[j + 2].text[:1].isdigit()
