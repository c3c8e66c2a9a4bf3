"""Names of legal acts in Russian sentences: a kind word, its complement, its date and parties.

«Договором о ЕАЭС (2014г.)», «договора между Российской Федерацией и Республикой Беларусь от
08.12.1999 «О создании союзного государства»», «Стратегия ... по таможенному сотрудничеству до 2025
года», «Решение Высшего Евразийского экономического совета № 12», «Таможенный кодекс ЕАЭС».
The complement runs on while its words stand in an oblique case (the genitive of «Таможенного
союза», the prepositional case after «о»), and stops at a verb, a new nominative, punctuation or a
closing quote.
"""

from __future__ import annotations

import re
from functools import cache

from ...lexicon.cues import word_set
from ...nlp.morph import Morph
from ...record import Sentence, Token
from . import provisions
from .candidate import Candidate
from .issuers import a_state, signed_after, signed_before, states_measure
from .lexicon import ACT_WORDS, WEAK, horizon_of, kind_words, listed_on, technical_name
from .when import date_after

_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct", "gen2", "loc2"})
_NAMES = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})
_STOP_POS = frozenset({"VERB", "INFN", "PRTS", "GRND", "ADVB", "ADJS", "PRCL", "PRED", "COMP"})
_OPEN_QUOTES = "«„“\""
_CLOSE = {"«": "»", "„": "“", "“": "”", '"': '"'}
_MAX_WORDS = 24
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_NAMED_BY_FIELD = frozenset({"code", "protocol", "convention"})  # «Налоговый кодекс», «Киотский протокол»
_PERIOD = re.compile(r"[ \t]+на[ \t]+(?:1[89]|20)\d\d[ \t]?[-–—][ \t]?(?:1[89]|20)\d\d[ \t]+(?:годы|гг\.?)")
_NAMED_PLANS = frozenset({"decision", "programme", "strategy"})  # named in quotes, as often a scenario's as an act's


def _preps() -> frozenset[str]:
    """Prepositions that may go on inside a title."""
    return word_set(ACT_WORDS, "preposition")


def _title_preps() -> frozenset[str]:
    """Those that open a title's complement: «Договор о ...», not «соглашения в рамках ...»."""
    return word_set(ACT_WORDS, "opener", lang="ru")


def find(sentence: Sentence, text: str, morph: Morph) -> list[Candidate]:
    """Every naming of an act in one Russian sentence."""
    kinds = kind_words()
    tokens = sentence.tokens
    out = []
    for i, tok in enumerate(tokens):
        kind = kinds.get(tok.lemma)
        if kind is None or kind in ("refer", "self") or not tok.text[:1].isalpha():
            continue
        if coordinated := _coordinated(tokens, i, kind, morph):
            out.extend(coordinated)
            continue
        if _plural_only(tok.text, morph):
            out.extend(_each_of(tokens, i, kind, text, morph))
            continue
        found = _candidate(tokens, i, kind, text, morph)
        if found:
            out.append(found)
    return out


def _each_of(tokens: list[Token], i: int, kind: str, text: str, morph: Morph) -> list[Candidate]:
    """«в договорах о Евразийском экономическом союзе и о Союзном государстве»: one act per «о ...»."""
    if i + 1 >= len(tokens) or tokens[i + 1].text.lower() not in _title_preps():
        return []
    prep = tokens[i + 1].text.lower()
    head = tokens[i].lemma[:1].upper() + tokens[i].lemma[1:]
    segments: list[list[Token]] = [[tokens[i + 1]]]
    j = i + 2
    while j < len(tokens) and j - i <= _MAX_WORDS:
        tok, prev = tokens[j], tokens[j - 1]
        if tok.text.lower() == "и" and j + 1 < len(tokens) and tokens[j + 1].text.lower() == prep:
            segments.append([tokens[j + 1]])
            j += 2
            continue
        if tok.text.lower() == "и" and j + 1 < len(tokens) and len(segments[0]) > 1 \
                and tokens[j + 1].lemma == segments[0][1].lemma and tokens[j + 1].text.lower() == segments[0][1].text.lower():
            segments.append([tokens[j + 1]])  # «законы о защите чувств верующих и защите детей»: «о» said once
            j += 2
            continue
        if "\n" in text[prev.end : tok.start] or tok.text.lower() == "и" or not _complement_word(tok, prev, prep, morph):
            break
        segments[-1].append(tok)
        j += 1
    if len(segments) < 2:
        return []
    out = []
    titled = tokens[i].lemma in word_set(ACT_WORDS, "titled") and prep in word_set(ACT_WORDS, "about")
    for n, seg in enumerate(segments):
        implied = seg[0].text.lower() != prep
        if len(seg) < 2 - implied or not (titled or any(_proper(t) for t in seg[1:])):
            continue
        tail = (f"{prep} " if implied else "") + _join(text, seg[0].start, seg[-1].end)
        start = tokens[i].start if n == 0 else seg[0].start
        out.append(Candidate(start=start, end=seg[-1].end, kind=kind, title=f"{head} {tail}", core=f"{head} {tail}",
                             lang="ru"))
    return out


def _coordinated(tokens: list[Token], i: int, kind: str, morph: Morph) -> list[Candidate]:
    """«Шенгенское и Дублинское соглашения», «Киотского и Парижского соглашений»: two capitalised
    adjectives joined by «и» before a plural act word name one act each."""
    if i < 3 or tokens[i - 2].text.lower() != "и" or not _plural_reading(tokens[i].text, morph):
        return []
    lemma = tokens[i].lemma
    nouns = [p for p in morph.parse(lemma) if p.tag.POS == "NOUN" and p.tag.gender]
    if not nouns:
        return []
    out: list[Candidate] = []
    for adjective in (tokens[i - 3], tokens[i - 1]):
        reading = next((p for p in morph.parse(adjective.text.lower()) if p.tag.POS == "ADJF"), None)
        form = reading.inflect({"nomn", "sing", nouns[0].tag.gender}) if reading else None
        if form is None or not adjective.text[:1].isupper():
            return []
        title = f"{form.word[:1].upper()}{form.word[1:]} {lemma}"
        out.append(Candidate(start=adjective.start, end=adjective.end if out == [] else tokens[i].end, kind=kind,
                             title=title, core=title, lang="ru"))
    return out


def _plural_reading(word: str, morph: Morph) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.number == "plur" for p in morph.parse(word.lower()))


def _plural_only(word: str, morph: Morph) -> bool:
    nouns = [p for p in morph.parse(word.lower()) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


def _candidate(tokens: list[Token], i: int, kind: str, text: str, morph: Morph) -> Candidate | None:
    head = tokens[i]
    first = i
    k = i
    # «Арбитражного процессуального кодекса»: adjectives agreeing with the head, the first capitalised
    while k > 0 and _left_modifier(tokens[k - 1], head, morph, capital=False) and (i - k) < 3:
        k -= 1
        if tokens[k].text[:1].isupper():
            first = k
    lowest = k
    if lowest < i and lowest > 0 and tokens[lowest - 1].text in _OPEN_QUOTES and _closing(tokens, lowest - 1) == i + 1 \
            and kind not in _NAMED_PLANS:
        # «"антипиратский закон"»: a name the press gives an act, in quotes with its kind word (a decision, a
        # programme or a strategy so named is as often a scenario's or a plan's: «сценарий «отложенное решение»»)
        title = morph.to_nominative(_join(text, tokens[lowest].start, head.end))
        return Candidate(start=tokens[lowest - 1].start, end=tokens[i + 1].end, kind=kind, lang="ru",
                         title=title[:1].upper() + title[1:], core=title, strong=True)
    if first > 0 and tokens[first - 1].text in _OPEN_QUOTES and (close := _closing(tokens, first - 1)) is not None \
            and i + 2 < close <= first + _MAX_WORDS:  # words after the kind word: «Решение» alone is a name
        # «Декларация о намерениях инвестирования в строительство энергоблоков №1 и №2 Северской АЭС»:
        # a title in quotes opening with its kind word runs to the closing quote
        title = _join(text, tokens[first].start, tokens[close - 1].end)
        return Candidate(start=tokens[first - 1].start, end=tokens[close].end, kind=kind, lang="ru",
                         title=title, core=title, strong=True)
    refer = None
    if first > 0:
        refer = _refer(tokens[first - 1], morph)
    cand = Candidate(start=tokens[first].start, end=head.end, kind=kind, lang="ru", refer=refer)
    # «Новый таможенный кодекс» opening a sentence: its capital is the sentence's, the name the registry's to give
    # «12. Решение о ...»: after a list's number or a dash the first word still opens the sentence
    opening_at = first == 0 or all(not any(c.isalpha() for c in t.text) for t in tokens[:first])
    opening = opening_at and any(not tokens[x].text[:1].isupper() for x in range(first + 1, i + 1))
    complement: list[Token] = []
    partnered = False  # a party after the act's word, «с Китаем», «с властями РФ»
    quoted: str | None = None
    j = i + 1
    prev = head
    prep: str | None = None
    waiting: tuple[str, Token] | None = None  # a participle's preposition and the participle, before its own phrase
    governing: str | None = None  # the preposition of the phrase «и» goes on («на ... батареи | и | стиральные машины»)
    party_word = "между"
    while j < len(tokens) and j - i <= _MAX_WORDS:
        tok = tokens[j]
        low = tok.text.lower()
        if "\n" in text[prev.end : tok.start]:
            break
        if tok.text == "(" and j + 3 < len(tokens) and tokens[j + 2].text == ")" and tokens[j + 1].text.isupper() \
                and tokens[j + 3].text in _OPEN_QUOTES and not complement:
            j += 3  # «Федеральная целевая программа (ФЦП) «Развитие ...»»: its letters, then its title
            continue
        if low == "от" or tok.text == "(":
            when = date_after(text, prev.end)
            if when:
                cand.date = cand.date or when[0]
                j = _skip_to(tokens, j, when[1])
                if tok.text == "(":
                    break
                continue
            break
        if kind not in WEAK and _YEAR.fullmatch(tok.text) and j + 1 < len(tokens) and tokens[j + 1].text.lower() in ("года", "г"):
            # a year in the genitive (not a resolution's: «резолюция 2011 года»)
            if complement and prev.text.lower() not in word_set(ACT_WORDS, "preposition", lang="ru"):  # (not «до 2030 года»)
                cand.date = cand.date or tok.text  # «Договор о Евразийском экономическом союзе | 2014 года»: its year ends it
                break
            if j == i + 1:
                # «соглашению 1855 года»: right after the kind word the year tells apart an agreement between states
                cand.date = cand.date or tok.text
                complement.extend(tokens[j : j + 2])
                prev, j = tokens[j + 1], j + 2
                continue
        if (j == i + 1 or complement and all(_proper(t) for t in complement)) and cand.number is None \
                and tok.text.isdigit() and head.lemma in word_set(ACT_WORDS, "numbered", lang="ru") \
                and not (j + 1 < len(tokens) and tokens[j + 1].text.lower().startswith("год")):
            # «резолюцию 1973 по Ливии», «резолюция Совета Безопасности ООН 2231»: the number an assembly
            # gives its resolutions, right after the word or after the assembly's name
            cand.number = tok.text
            complement.append(tok)
            prev, j = tok, j + 1
            continue
        if tok.text == "№" and j + 1 < len(tokens):
            last = j + 1
            while last + 1 < len(tokens) and tokens[last + 1].start == tokens[last].end \
                    and re.fullmatch(r"[а-яё]{1,3}|[-/][\w-]*", tokens[last + 1].text):
                last += 1  # «№ 225н», «№ 1761-р»: letters glued to the number are part of it
            cand.number = text[tokens[j + 1].start : tokens[last].end]
            complement.extend(tokens[j : last + 1])
            prev, j = tokens[last], last + 1
            continue
        if tok.text in _OPEN_QUOTES:
            close = _closing(tokens, j)
            if close is not None and complement and complement[-1].text.lower() in _preps():
                complement.extend(tokens[j : close + 1])  # «закон о «вольном приносе» золота»: words of the title
                prev, j, prep = tokens[close], close + 1, None
                continue
            if close is None or not all(_proper(t) or t.text == "№" or t.text == cand.number for t in complement):
                break  # «Решение Совета ЕЭК от ... № 871 «О ...»»: the title after the issuer and the number
            quoted = text[tokens[j + 1].start : tokens[close - 1].end] if close > j + 1 else None
            if quoted and quoted[:1].islower() and quoted.split()[0].lower() not in word_set(ACT_WORDS, "about"):
                quoted = None  # «соглашение «призвано создать ...»»: words quoted about it, no title
                break
            if quoted and kind in WEAK and _a_term(quoted):
                quoted = None  # «принятия решения «свой/чужой»»: a value or a term in quotes, no title
                break
            cand.end = tokens[close].end
            j = close + 1
            when = date_after(text, cand.end)
            if when:
                cand.date = cand.date or when[0]
            break
        if kind in ("strategy", "programme") and complement and (period := _PERIOD.match(text, prev.end)):
            # «Программа ... на 2018–2019 годы»: the period it runs for ends its title
            last = _skip_to(tokens, j, period.end())
            complement.extend(tokens[j:last])
            prev, j = tokens[last - 1], last
            break
        if low == "с" and not complement and not partnered and (k := _parties(tokens, j + 1, morph)) < len(tokens) \
                and any(a_state(t, morph) for t in tokens[j + 1 : k]) and tokens[k].text.lower() in word_set(ACT_WORDS, "about"):
            partnered = True  # «соглашение | с властями РФ | о сотрудничестве ...»: the party it is made with, then its title
            prev, j = tokens[k - 1], k
            continue
        if low == "с" and not complement and cand.parties_span is None and (k := _parties(tokens, j + 1, morph)) > j + 1 \
                and any(a_state(t, morph) for t in tokens[j + 1 : k]) and signed_before(tokens, first, morph, partnered=True):
            party_word = "с"  # «подписания протокола | с США»: an act signed with the state it names
            cand.parties_span, cand.end = (tokens[j + 1].start, tokens[k - 1].end), tokens[k - 1].end
            cand.parties_text = [text[tokens[j + 1].start : tokens[k - 1].end]]
            prev, j = tokens[k - 1], k
            continue
        if low == "между" and cand.parties_span is None and not complement:
            k = _parties(tokens, j + 1, morph)
            if k > j + 1 and tokens[j + 1].text[:1].isupper():
                cand.parties_span = (tokens[j + 1].start, tokens[k - 1].end)
                cand.parties_text = [text[tok.start : tokens[k - 1].end]]
                cand.end = tokens[k - 1].end
                prev, j = tokens[k - 1], k
                continue
            if k > j + 1 and k - j <= 4 and k < len(tokens) and tokens[k].text.lower() in word_set(ACT_WORDS, "about"):
                prev, j = tokens[k - 1], k  # «договору между двумя странами о нефтепроводе от 2009 года»: no names
                continue
            break
        if tok.text == "," and complement and (listed := listed_on(tokens, j + 1, prev, morph)) is not None:
            complement.extend(tokens[j:listed])  # «о торговле|, транзите и таможенном сотрудничестве»
            prev, j = tokens[listed - 1], listed
            continue
        if prep is None and waiting is not None and morph.agrees_with_participle(tok.text, waiting[1].text):
            prep, governing, waiting = waiting[0], waiting[0], None  # «на ввозимые в Штаты | солнечные батареи»
        if not _complement_word(tok, prev, governing if prep == "и" else prep, morph) or _subject_of_next(tok, tokens[j + 1 : j + 2], morph):
            break
        if prev.text == cand.number and tok.text not in _OPEN_QUOTES and low not in word_set(ACT_WORDS, "about"):
            break  # «Решение ... № 454 | при проверке»: after its number only a title about something goes on
        if low == "и" and j + 1 < len(tokens) and tokens[j + 1].text.lower() in _preps() \
                and not (complement and tokens[j + 1].text.lower() == complement[0].text.lower()):
            break  # «в Законе о таможне | и в Гражданском кодексе»: another place, not the title's words
        if low == "и" and j + 1 < len(tokens) and provisions.opens(text, tokens[j + 1].start):
            break  # «Договор о ЕАЭС | и ст. 5 Соглашения»: a provision of another act
        if low == "и" and any(kind_words().get(t.lemma) not in (None, "refer", "self") for t in tokens[j + 1 : j + 4]):
            break  # «Конституцией Украины | и Уголовным кодексом»: another act
        if prep is None and low not in _preps() and low != "и" and not _genitive_or_name(tok, morph):
            break
        if not complement and low in _preps() and low not in _title_preps() \
                and not (low == "по" and head.lemma in word_set(ACT_WORDS, "titled_by", lang="ru")):
            break
        waiting = (prep, prev) if low in _preps() and prep and morph.is_participle(prev.text) else waiting  # «на ввозимые | в ...»
        if low in _preps() or low == "и":
            prep, governing = low, governing if low == "и" else low
        elif not (low == "года" and prev.text.isdigit()):
            prep = prep if _is_adjective(tok, morph) else None
        complement.append(tok)
        prev = tok
        j += 1
    while complement and (complement[-1].text.lower() in _preps() or complement[-1].text.lower() == "и"
                          or (complement[-1].text.isdigit() and len(complement) > 1
                              and complement[-2].text.lower() != "№" and complement[-1].text != cand.number)):
        complement.pop()
    point = ""
    if complement:
        cand.end = max(cand.end, complement[-1].end)
        if complement[-1].text == "г" and text[cand.end : cand.end + 1] == ".":
            cand.end, point = cand.end + 1, "."  # «до 2030 г.»: the year's abbreviation keeps its point
    national = first == i and lowest < i and _national(tokens[lowest:i], head, complement, morph)
    # «межправительственное соглашение о взаимной отмене виз»: an agreement between states, about something
    between_states = first == i and kind not in WEAK and bool(complement) \
        and complement[0].text.lower() in word_set(ACT_WORDS, "about") \
        and any(t.lemma in word_set(ACT_WORDS, "states", lang="ru") for t in tokens[lowest:i])
    # «подписанное Молдавией и Приднестровьем протокольное решение по вопросам ...»: signed or adopted by states
    signed = first == i and bool(complement) and (complement[0].text.lower() in word_set(ACT_WORDS, "about") or _field_after_po(complement)) \
        and (signed_before(tokens, lowest, morph, partnered) or signed_after(tokens, j, head, morph))
    if national or between_states or signed:
        first = lowest  # «грузинской конституцией», «уголовного кодекса России»: that country's act
        cand.start = tokens[first].start
        cand.strong = True
    named = first
    while named < i and tokens[named].lemma in word_set(ACT_WORDS, "time", lang="ru"):
        named += 1  # «Новый закон о ...», «новой грузинской конституцией»: a word of the act's time is none of its name
    head_phrase = morph.to_nominative(_join(text, tokens[named].start, head.end))
    head_phrase = head_phrase[:1].upper() + head_phrase[1:]
    parts = [head_phrase]
    if cand.parties_span:
        parts.append(f"{party_word} " + _join(text, *cand.parties_span))
    core_parts = [head_phrase]
    if complement:
        tail = _runs(tokens, complement, text) + point
        parts.append(tail)
        core_parts.append(tail)
    if quoted:
        inner = quoted if kind == "law" or not re.match(r"(?i)об?\s", quoted) else quoted[0].lower() + quoted[1:]
        inner = f"«{inner}»" if kind == "law" or inner == quoted else inner
        parts.append(inner)
        core_parts.append(inner)
    cand.title = " ".join(parts)
    cand.core = " ".join(core_parts)
    has_name = any(_proper(t) for t in complement) or bool(cand.parties_span)
    # «Стратегия ... по таможенному сотрудничеству до 2025 года»: a horizon names a strategy its words
    # tell apart, not «Стратегия развития до 2030 г.»
    until = max((n for n, t in enumerate(complement) if t.text.lower() == "до"
                 or t.text.lower() == "на" and n + 1 < len(complement) and complement[n + 1].text[:1].isdigit()), default=0)
    horizon = kind in ("strategy", "programme") and horizon_of(cand.title) is not None \
        and sum(t.text.isalpha() and t.text.lower() not in _preps() for t in complement[:until]) >= 3
    cand.strong = cand.strong or bool(quoted or cand.number or cand.date or horizon)
    capital = tokens[first].text[:1].isupper() and (
        not opening_at or first < i or (kind not in WEAK and not _plural_reading(head.text, morph))
    )
    if opening_at and kind in WEAK and not head.text[:1].isupper() and not has_name:
        capital = False  # the capital of a sentence's first word: «Успешное решение последней ...»
    if not complement and not quoted and not cand.parties_span and not cand.number:
        if national:
            return cand
        if first < i and tokens[first].text[:1].isupper():
            # «Киотский протокол» opening a sentence: an adjective of a place or a field, not «Новый закон»
            cand.known_only = opening and not (kind in _NAMED_BY_FIELD and all(
                _relational(t, morph) for t in tokens[first:i]))
            return cand  # «Таможенный кодекс», «Киотская конвенция»
        if first == i and head.text[:1].isupper() and not opening_at and not refer \
                and head.lemma in word_set(ACT_WORDS, "national", lang="ru") and kind == "other":
            return cand  # «в создании Конституции»: the country's constitution
        if refer or (head.text[:1].isupper() and (i > 0 or kind not in WEAK)):
            cand.refer = refer or "refer"
            cand.title = ""
            return cand
        return None
    if kind == "protocol" and complement and technical_name(complement[0].text):
        return None  # «протокол IP», «протокол SSL между ...»: a network's protocol, not a treaty's
    if head.lemma in word_set(ACT_WORDS, "plural_title", lang="ru") and head.text[:1].isupper() and not opening_at \
            and complement and _plural_reading(head.text, morph):
        return cand  # «нарушил Правила дорожного движения»: rules under their capitalised title, one act
    if kind in ("decision", "law") and not cand.strong and not has_name and complement \
            and complement[0].text.lower() not in word_set(ACT_WORDS, "about") and _genitive_or_name(complement[0], morph):
        return None  # «Прямого Решения обратной задачи», «Закон сохранения энергии»: a solution, a law of nature
    if cand.strong or capital:
        return cand
    if kind not in WEAK and has_name:
        return cand
    if head.lemma in word_set(ACT_WORDS, "titled") and complement \
            and (complement[0].text.lower() in word_set(ACT_WORDS, "about")
                 or complement[0].text.lower() == "по" and head.lemma in word_set(ACT_WORDS, "titled_by", lang="ru")
                 and len(complement) > 1 and complement[1].lemma not in word_set(ACT_WORDS, "circumstance", lang="ru")):
        return cand  # «закон о СМИ», «указ о мерах по ...», «законопроект по ... режиму»; not «закон Ципфа»
    if has_name and head.lemma in word_set(ACT_WORDS, "issued", lang="ru") and not cand.parties_span:
        return cand  # «распоряжение президента РФ Дмитрия Медведева»: its issuer makes it one
    if states_measure(complement, morph):
        return cand  # «решение президента США | о введении пошлин»: a state's decision on a measure
    if has_name:
        cand.known_only = True  # «Конституция Российской Федерации» opening a sentence; not «Закон Ципфа»
        return cand
    return None


def _field_after_po(complement: list[Token]) -> bool:
    """«по» and what an act is about («по защите ...», «по вопросам ...»), not how or why («по аналогии», «по итогам»)."""
    return len(complement) > 1 and complement[0].text.lower() == "по" \
        and (complement[1].lemma not in word_set(ACT_WORDS, "circumstance", lang="ru")
             or complement[1].text.lower() in word_set("org_words.tsv", "field", lang="ru"))


def _national(modifiers: list[Token], head: Token, complement: list[Token], morph: Morph) -> bool:
    """Whether lower-case adjectives before a country's act word name that act: with the country after
    it («уголовного кодекса России», «налогового кодекса РФ») or, for its constitution, a country's
    adjective («грузинской конституцией»; not «новой конституции»)."""
    if head.lemma not in word_set(ACT_WORDS, "national", lang="ru"):
        return False
    if complement and len(complement) <= 3 and all(_proper(t) for t in complement):
        return True
    return not complement and kind_words().get(head.lemma) == "other" and all(_relational(t, morph) for t in modifiers)


def _relational(tok: Token, morph: Morph) -> bool:
    """An adjective of a place or a field (no degrees: «киотский», «грузинский», «налоговый»), not one of
    quality or time («новый», «действующий»)."""
    reading = morph.parse(tok.text.lower())[:1]
    return bool(reading) and reading[0].tag.POS == "ADJF" and "Qual" not in reading[0].tag


def _left_modifier(tok: Token, head: Token, morph: Morph, capital: bool = True) -> bool:
    """An adjective agreeing with the head, capitalised unless `capital` is false: «Таможенный» кодекс,
    «Международная» конвенция, «процессуальный» of «Арбитражный процессуальный кодекс»."""
    if (capital and not tok.text[:1].isupper()) or not tok.text.replace("-", "").isalpha() or _refer(tok, morph):
        return False
    # in case, number and, in the singular, gender («Позднее | договор» is an adverb before it)
    head_forms = {(p.tag.case, p.tag.number, p.tag.gender) for p in morph.parse(head.text.lower()) if p.tag.POS == "NOUN"}
    return any(p.tag.POS in ("ADJF", "PRTF") and any(p.tag.case == case and p.tag.number == number
                                                     and (number != "sing" or gender == p.tag.gender)
                                                     for case, number, gender in head_forms)
               for p in morph.parse(tok.text.lower()))


def _refer(tok: Token, morph: Morph) -> str | None:
    """`refer` or `self` for a determiner pointing back («данного», «этого», «настоящей»)."""
    for lemma in [tok.lemma, *(p.normal_form for p in morph.parse(tok.text.lower()))]:
        kind = kind_words().get(lemma)
        if kind in ("refer", "self"):
            return kind
    return None


def _subject_of_next(tok: Token, following: list[Token], morph: Morph) -> bool:
    """Whether a noun that reads as a genitive is the plural subject of the verb right after it: «Соглашению ВТО об
    упрощении процедур торговли | таможни сотрудничают» ends before «таможни»."""
    if not following or not tok.text.islower():
        return False
    verb = any(p.tag.POS == "VERB" and p.tag.number == "plur" for p in morph.parse(following[0].text.lower())[:1])
    return verb and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur"
                        for p in morph.parse(tok.text.lower()))


def _complement_word(tok: Token, prev: Token, prep: str | None, morph: Morph) -> bool:
    low = tok.text.lower()
    if low in _preps() or low == "и":
        return True
    if tok.text.isdigit():
        return prep == "до" or prev.text.lower() == "№"
    if low == "года" and prev.text.isdigit():
        return True
    if re.fullmatch(r"[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё]*[A-ZА-ЯЁ]+(?:[-–—][A-ZА-ЯЁ][\w]*)*|[A-ZА-ЯЁ]{2,}", tok.text):
        return True  # an abbreviation: ЕАЭС, ЕврАзЭС, ЕАЭС–Вьетнам
    if re.fullmatch(r"[A-Za-z][\w-]*", tok.text):
        return True
    if not tok.text.isalpha() and not re.fullmatch(r"\w+(?:[-–]\w+)+", tok.text):
        return False
    parses = morph.parse(low)
    if parses and (parses[0].tag.POS in _STOP_POS or "Apro" in parses[0].tag):
        return False  # a verb, or a pronoun's word: «Закон о СМИ | такого места», no title holds «этого»
    for p in parses:
        if p.tag.POS not in _NAMES:
            continue
        if p.tag.case in _OBLIQUE:
            return True
        if p.tag.case == "accs" and prep in word_set(ACT_WORDS, "accusative"):
            return True
    if tok.text[:1].isupper() and prev.lemma == "республика":
        return True  # Республикой Беларусь
    return False


def _genitive_or_name(tok: Token, morph: Morph) -> bool:
    """Right after a noun only a genitive goes on a title: «Решение Совета», not «декларация предложением»;
    or a country's name in apposition («Кодекс Республики Казахстан», «Закон Республики Беларусь»)."""
    if tok.text.isdigit() or tok.text.lower() == "года" or not tok.text.isalpha() or tok.text.isupper():
        return True
    if tok.text[:1].isupper() and tok.text.lower() in _one_word_countries():
        return True
    parses = morph.parse(tok.text.lower())
    if parses and parses[0].tag.POS == "PREP":
        return False  # «по» is read also as the letters «ПО» declined: a preposition opens no genitive
    return any(p.tag.case in ("gent", "gen2") for p in parses if p.tag.POS in _NAMES)


@cache
def _one_word_countries() -> frozenset[str]:
    from ..countries import country_names

    return frozenset(name for name in country_names() if " " not in name)


def _is_adjective(tok: Token, morph: Morph) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parse(tok.text.lower())[:1])


def _parties(tokens: list[Token], j: int, morph: Morph) -> int:
    """The end of «Российской Федерацией и Республикой Беларусь» after «между»."""
    k = j
    while k < len(tokens) and k - j < 12:
        tok = tokens[k]
        low = tok.text.lower()
        if low == "и" or (tok.text == "," and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()):
            k += 1
            continue
        if low not in _preps() and (tok.text[:1].isupper()
                                  or any(p.tag.case == "ablt" for p in morph.parse(low) if p.tag.POS in _NAMES)):
            k += 1
            continue
        break
    while k > j and tokens[k - 1].text.lower() in ("и", ","):
        k -= 1
    return k


def _a_term(quoted: str) -> bool:
    """Words in quotes that open in small letters and not with what a title is about («свой/чужой»,
    «под ключ»): a value or a term, where a title in quotes opens with a capital («О таможенном
    регулировании») or with «о»/«об»."""
    return quoted[:1].islower() and not re.match(r"об?\s", quoted)


def _proper(tok: Token) -> bool:
    return tok.text[:1].isupper() or (tok.text.isupper() and len(tok.text) > 1)


def _closing(tokens: list[Token], j: int) -> int | None:
    want = _CLOSE.get(tokens[j].text, "»")
    depth = 0
    for k in range(j + 1, min(len(tokens), j + 40)):
        if tokens[k].text == tokens[j].text and want != tokens[j].text:
            depth += 1
        elif tokens[k].text == want:
            if depth == 0:
                return k
            depth -= 1
    return None


def _skip_to(tokens: list[Token], j: int, end: int) -> int:
    while j < len(tokens) and tokens[j].start < end:
        j += 1
    return j


def _runs(tokens: list[Token], chosen: list[Token], text: str) -> str:
    """The chosen tokens as written, a date skipped between them left out."""
    index = {id(t): n for n, t in enumerate(tokens)}
    pieces: list[list[Token]] = []
    for tok in chosen:
        if pieces and index[id(tok)] == index[id(pieces[-1][-1])] + 1:
            pieces[-1].append(tok)
        else:
            pieces.append([tok])
    return " ".join(_join(text, p[0].start, p[-1].end) for p in pieces)


def _join(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())
