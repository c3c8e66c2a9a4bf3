"""Russian morphology through pymorphy3: the only module that talks to it."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

import pymorphy3

from ..data import load_lines
from .lang import has_cyrillic


@cache
def _tie_losers() -> frozenset[str]:
    return frozenset(load_lines("lemma_ties.txt"))


_FUNCTION_POS = frozenset({"CONJ", "PREP", "PRCL", "INTJ"})
_CASES = {"loc2": "loct", "gen2": "gent", "acc2": "accs"}  # «в аэропорту»: adjectives agree in the main case


_NUMBER_TAIL = re.compile(r"(?<=[а-яё])[-–]\d+$")  # a number joined to a name's last word («Северного потока-2»)
_INFLECTED_ABBREVIATION = re.compile(r"^([А-ЯЁ]{2,})(?:а|у|ом|е|ы|ов|ам|ами|ах)$")


class Morph:
    """Lemmas, nominative forms and grammatical tags of Russian words, cached per process."""

    def __init__(self) -> None:
        self._analyzer = pymorphy3.MorphAnalyzer()
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)
        self.parse = lru_cache(maxsize=100_000)(self._parse)
        self.to_nominative = lru_cache(maxsize=20_000)(self._to_nominative)

    def _parse(self, word: str) -> list[Any]:
        """pymorphy's readings of `word`, most likely first; of readings as likely, one whose lemma is a
        rare word's (`lemma_ties.txt`: the comparative «больший» of «большим») comes after the others."""
        parses = self._analyzer.parse(word)
        if len(parses) > 1 and any(p.normal_form in _tie_losers() for p in parses):
            top = parses[0].score
            tied = [p for p in parses if p.score == top]
            rest = parses[len(tied):] if parses[:len(tied)] == tied else None
            if rest is not None:
                parses = sorted(tied, key=lambda p: p.normal_form in _tie_losers()) + rest
        return parses

    def known(self, word: str) -> bool:
        """Whether the dictionary holds `word` (lower case) as it is written, no guess."""
        return bool(self._analyzer.word_is_known(word))

    def _lemma(self, word: str) -> str:
        """The dictionary form of `word` (lower case); non-Russian words come back lowered."""
        low = word.lower()
        if not has_cyrillic(low):
            return low
        return self.parse(low)[0].normal_form

    def lemmas(self, words: list[str]) -> list[str]:
        return [self.lemma(w) for w in words]

    def plural(self, noun: str) -> str:
        """The nominative plural of a noun («статья» → «статьи»); an English noun takes "s", "es" or "ies"
        ("article" → "articles", "agency" → "agencies", "tax" → "taxes")."""
        if not has_cyrillic(noun):
            if re.search(r"[^aeiou]y$", noun):
                return noun[:-1] + "ies"
            return noun + ("es" if re.search(r"(?:s|x|z|ch|sh)$", noun) else "s")
        form = self.parse(noun.lower())[0].inflect({"nomn", "plur"})
        return form.word if form is not None else noun

    def is_case(self, word: str, case: str) -> bool:
        """Whether any reading of `word` is in grammatical `case` (nomn, gent, ...)."""
        return any(case in p.tag for p in self.parse(word.lower()))

    def is_participle(self, word: str) -> bool:
        """Whether the likeliest reading of `word` is a full participle («ввозимые»)."""
        return any(p.tag.POS == "PRTF" for p in self.parse(word.lower())[:1])

    def agrees_with_participle(self, word: str, participle: str) -> bool:
        """Whether an adjective or a noun may be the word a participle before it agrees with, in case and number
        («ввозимые в Штаты | солнечные»)."""
        forms = {(p.tag.case, p.tag.number) for p in self.parse(participle.lower()) if p.tag.POS == "PRTF"}
        return any(p.tag.POS in ("ADJF", "PRTF", "NOUN") and (p.tag.case, p.tag.number) in forms
                   for p in self.parse(word.lower()))

    def counted(self, word: str, number: str, scaled: bool = False, governed: bool = False) -> str | None:
        """The noun a written number counts, in the nominative plural («34 000 фирм» -> «фирмы», «21
        депутат» -> «депутаты»), when `word` is a common noun in a form the number governs; else None
        («5 статьи», «2023 году», «15 мая» are not counts). After a scale word the noun is in the
        genitive plural whatever the number («1,5 млн пассажиров», «21 тыс. человек»), and so after a preposition
        that `governed` the number in the genitive («до 4 часов»)."""
        if not _is_russian_word(word) or not word.islower() or len(word) < 3:
            return None
        digits = "".join(c for c in number if c.isdigit() or c in ".,")
        if scaled:
            wanted = {("gent", "plur")}
        elif "," in digits.strip(",.") or "." in digits.strip(",."):
            wanted = {("gent", "sing")}  # «1,5 миллиона», «2,4 тонны»
        else:
            n = int("".join(c for c in digits if c.isdigit()) or 0)
            if n % 10 == 1 and n % 100 != 11:
                wanted = {("nomn", "sing"), ("accs", "sing")}
            elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
                wanted = {("gent", "sing")}
            else:
                wanted = {("gent", "plur")}
        wanted |= {("datv", "plur"), ("ablt", "plur"), ("loct", "plur")}  # «по 34 предприятиям»
        if governed:
            wanted.add(("gent", "plur"))
        parses = self.parse(word.lower())
        if not parses or parses[0].tag.POS != "NOUN":
            return None  # «5 новых процентов»: the likeliest reading decides
        for p in parses:
            tag = p.tag
            if tag.POS != "NOUN" or {"Name", "Surn", "Patr", "Geox", "Abbr", "Orgn"} & tag.grammemes:
                continue
            if (tag.case, tag.number) in wanted:
                form = p.inflect({"nomn", "plur"})
                return form.word if form is not None else None
        return None

    def is_adjective(self, word: str) -> bool:
        """Whether the likeliest reading of a Russian `word` is an adjective or a participle."""
        parses = self.parse(word.lower()) if has_cyrillic(word) else []
        return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")

    def _to_nominative(self, phrase: str) -> str:
        """Put a Russian noun phrase into the nominative, keeping capitals and unchanged tails.

        The head is the first noun; adjectives before it agree with it in gender and number;
        words after it (a complement such as «союза» in «Договор о ... союза») stay as they are.
        """
        # «МИДа», «ЦБ РФ»: an abbreviation with a case ending is the abbreviation
        if (joined := _NUMBER_TAIL.search(phrase)) and joined.start():
            return self.to_nominative(phrase[: joined.start()]) + joined.group(0)  # «Новой волны | -2009»
        written = phrase.split(" ")
        words = [_INFLECTED_ABBREVIATION.sub(r"\1", w) for w in written]
        if len(words) == 1 and words[0] != phrase:
            return words[0]
        head = self._head(words) or self._abbreviation_head(words, written)
        if head is None:
            return self._before_letters(words) or phrase
        index, noun = head
        case = _CASES.get(noun.tag.case, noun.tag.case)
        number = noun.tag.number or "sing"
        if number == "plur" and index and not any(self._agrees(w, noun, "plur") for w in words[:index]):
            number = "sing"  # «Большого и Мариинского театров»: a plural of bodies joined by «и», each one
        gender = noun.tag.gender
        out = list(words)
        for i in range(index):
            # «винно-водочной»: the last part of a hyphenated adjective is the one that agrees
            lead, _, word = words[i].rpartition("-") if "-" in words[i] else ("", "", words[i])
            if not _is_russian_word(word):
                continue
            for p in self.parse(word.lower()):
                if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case and (
                    number == "plur" or p.tag.gender in (gender, None)
                ):
                    form = _inflect_close(p, {"nomn", "plur" if number == "plur" else gender or "masc"})
                    if form:
                        out[i] = f"{lead}-{_match_case(word, form)}" if lead else _match_case(word, form)
                    break
        form = noun.inflect({"nomn", number}) if words[index] == written[index] else None
        if form:  # «пресс-службы»: the last part of a hyphenated noun is the one inflected
            lead, dash, tail = words[index].rpartition("-")
            out[index] = lead + dash + _match_case(tail, form.word)
        return " ".join(out)

    def _before_letters(self, words: list[str]) -> str | None:
        """Adjectives before an abbreviation written as it is, in the nominative singular of their own
        gender, the masculine where the case does not tell («британском МИД» -> «британский МИД»); None
        for any other phrase."""
        *before, last = words
        if not before or not (last.isupper() and len(last) >= 2 and has_cyrillic(last)):
            return None
        out = []
        for word in before:
            readings = [p for p in self.parse(word.lower()) if p.tag.POS in ("ADJF", "PRTF") and p.tag.number != "plur"]
            if not _is_russian_word(word) or not word.islower() or not readings:
                return None
            genders = {p.tag.gender for p in readings}
            gender = "masc" if "masc" in genders else readings[0].tag.gender
            reading = next(p for p in readings if p.tag.gender == gender)
            form = _inflect_close(reading, {"nomn", gender or "masc"})
            if form is None:
                return None
            out.append(_match_case(word, form))
        return " ".join([*out, last])

    def _abbreviation_head(self, words: list[str], written: list[str]) -> tuple[int, Any] | None:
        """The abbreviation with a case ending that heads a phrase of adjectives before it («японского МИДа»),
        with the reading of the case its ending gives."""
        for i, word in enumerate(words):
            if word == written[i] or not has_cyrillic(word):
                continue  # (an abbreviation written as it is says nothing of its gender: «бывшего ЦБ»)
            before = [w.rpartition("-")[2] for w in words[:i] if _is_russian_word(w.rpartition("-")[2])]
            nouns = [p for p in self.parse(written[i].lower()) if p.tag.POS == "NOUN" and p.tag.case]
            agreeing = [p for p in nouns if all(self._agrees(w, p) for w in before)]
            return (i, agreeing[0]) if before and agreeing else None
        return None

    def _head(self, words: list[str]) -> tuple[int, Any] | None:
        """The first noun of a phrase with the reading whose case the words before it share."""
        for i, written in enumerate(words):
            word = written.rpartition("-")[2]  # «Северо-Западного»: its last part is inflected
            # a capitalised word the dictionary does not know, unless its likeliest reading is a known
            # ending on its lemma («Росэксимбанком»), is a foreign name written as it is in every case
            # («Скантроник» read as a plural of «скантроника»): no head to put in the nominative
            foreign = written[:1].isupper() and _is_russian_word(word) and not self._analyzer.word_is_known(word.lower()) \
                and not _ending_on(word.lower(), self.parse(word.lower()))
            if foreign:
                continue
            if not _is_russian_word(word):
                if i == 0:
                    return None
                continue
            parses = self.parse(word.lower())
            if parses and parses[0].tag.POS in _FUNCTION_POS:
                continue  # «и» is also a letter's name: the likeliest reading decides
            nouns = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case]
            if not nouns:
                continue
            if any(p.tag.POS in ("ADJF", "PRTF") for p in parses) and i + 1 < len(words) \
                    and _is_russian_word(words[i + 1].rpartition("-")[2]):  # «сборной США»: no adjective of letters
                nxt = self.parse(words[i + 1].lower())
                # an adjective before a noun it agrees with, however likely its noun's reading («Малым театром»);
                # a likelier noun before a place's or a person's name is the head («сборной Бразилии»)
                cases = {p.tag.case for p in parses if p.tag.POS in ("ADJF", "PRTF")}
                if any(p.tag.POS == "NOUN" and (parses[0].tag.POS != "NOUN" or p.tag.case in cases
                                                and not {"Geox", "Name", "Surn"} & p.tag.grammemes) for p in nxt):
                    continue
                # «Дзержинского районного суда»: a surname's reading before an adjective is the adjective's,
                # and so is a likelier adjective's before one that agrees with it («Московской областной таможни»)
                if "Surn" in parses[0].tag and any(p.tag.POS in ("ADJF", "PRTF") for p in nxt[:1]) \
                        or parses[0].tag.POS in ("ADJF", "PRTF") \
                        and any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case in cases for p in nxt):
                    continue
            before = [w.rpartition("-")[2] for w in words[:i] if _is_russian_word(w.rpartition("-")[2])]
            for noun in nouns:
                if all(self._agrees(w, noun) for w in before):
                    return i, noun
            return i, nouns[0]
        return None

    def _agrees(self, word: str, noun: Any, number: str | None = None) -> bool:
        return any(
            p.tag.POS in ("ADJF", "PRTF") and p.tag.case == _CASES.get(noun.tag.case, noun.tag.case)
            and (number is None or p.tag.number == number)
            for p in self.parse(word.rpartition("-")[2].lower())
        )


def _ending_on(word: str, parses: Any) -> bool:
    """Whether the likeliest reading of an unknown word is its lemma with a case ending added."""
    lemma = parses[0].normal_form if parses else word
    return lemma != word and word.startswith(lemma)


def _inflect_close(parse: Any, grammemes: set[str]) -> str | None:
    """Inflect, and among equal forms of the lexeme keep the one closest to the word's stem.

    pymorphy files «высший» under «высокий»; plain inflection would give «высочайший».
    """
    form = parse.inflect(grammemes)
    if form is None:
        return None
    if "Supr" not in parse.tag and "Cmp2" not in parse.tag:
        return form.word
    word = parse.word
    same = [f.word for f in parse.lexeme if grammemes <= f.tag.grammemes and "Supr" in f.tag]
    return max(same or [form.word], key=lambda w: (_common_prefix(w, word), -len(w)))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _is_russian_word(word: str) -> bool:
    return has_cyrillic(word) and word.isalpha() and not (word.isupper() and len(word) > 1)


def _match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
