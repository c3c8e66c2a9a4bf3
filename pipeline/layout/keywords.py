"""The keywords of each language: the list after its label, split as it is set apart (commas, semicolons,
dashes, dots), a list numbered a line each under its label alone, without what runs on after it (a code of
a catalogue, the body's first heading, a column's prose) and without a dash before it or "etc." after it."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon.cues import label
from ..nlp.lang import block_language
from ..record import Article
from .zones import LABEL_MARK


@cache
def list_label() -> re.Pattern[str]:
    """The keywords' label with what sets it apart from the list that follows (`zones.keywords_label` tells a label)."""
    # the label in capitals sets itself apart from a list in small letters run on after it ("KEYWORDS allowance allocation, ...")
    return re.compile(rf"(?i:{label('keywords')}){LABEL_MARK}(?:\s*[.:—–-]\s*|\s+(?=[A-ZА-ЯЁ])|\s*$|(?<=[A-ZА-ЯЁ])\s+(?=[a-zа-яё]))")


@cache
def _catalogue_after() -> re.Pattern[str]:
    """A catalogue's label after some words, before its code («JEL Classification: O31», "UDC 339")."""
    return re.compile(rf"(?<=\S)\s+(?:{label('catalogue')})\b\s*(?:[:.]\s*)?(?=[\dA-Z])")


@cache
def _heading_after() -> re.Pattern[str]:
    """The body's first heading at the end of a block («ВВЕДЕНИЕ», "INTRODUCTION")."""
    return re.compile(rf"\s+((?i:{label('introduction')}))\s*$")


_LISTED = 12  # keywords numbered a line each under their label, at most
_NUMBERED_KEYWORD = re.compile(r"\d{1,2}[.)]\s+(\S.{0,100})")
# a dash or a bullet before the first keyword, "etc." after the last («- Anti-dumping, ..., WTO etc.», «..., и др.»)
_ETC = re.compile(r"^[-–—•·]\s*|\s+(?:etc|и\s+др|и\s+т\.\s?д|и\s+т\.\s?п)\.?$")
_PROSE_OPENS = re.compile(r"(?<=[a-zа-яё])\s+(?=[A-ZА-ЯЁ][a-zа-яё])")  # a capitalised word after a small one


def fill_keywords(article: Article) -> None:
    """The keywords of each language from the first list printed in it: a later list in a language
    that has one already is the next article's (an offprint that runs into it)."""
    done: set[str] = set()  # languages whose list has ended
    run: set[str] = set()  # languages of the list being read
    previous = None
    broken = False  # the list before ended inside a keyword
    for i, block in enumerate(article.blocks[:-1]):
        following = article.blocks[i + 1]
        text = article.block_text(following).strip()
        if block.kind == "keywords" and list_label().fullmatch(article.block_text(block).strip()) is not None:
            # a label alone over its keywords numbered a line each ("Keywords:" / "1. PTA – Preferential ...")
            for item in article.blocks[i + 1 : i + 1 + _LISTED]:
                written = article.block_text(item)
                numbered = _NUMBERED_KEYWORD.fullmatch(written.strip())
                if item.kind not in ("paragraph", "list_item") or numbered is None:
                    break
                item.kind = "keywords"
                item.start += numbered.start(1) + len(written) - len(written.lstrip())
        if block.kind == "keywords" and following.kind == "paragraph" and text[:1].islower() and len(text) < 300 \
                and "," in text and len(re.findall(r"[.!?]\s", text)) == 0 \
                and not re.search(r"[.;!?]\s*$", article.block_text(block)):
            following.kind = "keywords"  # the rest of a list the layout broke off ("count of" / "companies, ...")
    for block in article.blocks:
        if block.kind != "keywords":
            if previous == "keywords":
                done |= run
                run = set()
            previous = block.kind
            continue
        previous = "keywords"
        whole = article.block_text(block)
        labelled = list_label().match(whole)
        text = whole[labelled.end():] if labelled else whole
        # a code of a catalogue set on the keywords' line ends them ("Optimal Policy JEL Classification: O31")
        text = _catalogue_after().split(text, maxsplit=1)[0].strip().rstrip(".")
        # the body's first heading run on after the list, in capitals («... инфракрасное изображение ВВЕДЕНИЕ»)
        if (heading := _heading_after().search(text)) and heading.group(1).isupper():
            text = text[:heading.start()].rstrip(" .")
        # a list set apart by dashes keeps the commas inside its keywords ("dust, extinction – infrared: ISM")
        # and a list set apart by dots or bars keeps its spaces ("Health data · Compliance · GDPR", "Corruption . Emigration",
    # "moral judgment | moral development")
        apart = r"\s[–—]\s" if len(re.findall(r"\s[–—]\s", text)) >= 2 else \
            r"\s[·•▪∙.|]\s" if len(re.findall(r"\s[·•▪∙.|]\s", text)) >= 2 else r"[;,]"
        words = [_ETC.sub("", " ".join(w.split()).strip(" .")) for w in re.split(apart, text)]
        words = [w for w in words if w]
        # the list ends where a column's prose runs on into it: a "keyword" of a sentence's length
        long = next((i for i, w in enumerate(words) if len(w.split()) > 8 or re.search(r"[.!?]\s+[A-ZА-ЯЁ]", w)), None)
        if long is not None and (prose := _PROSE_OPENS.search(words[long])) and len(words[long][:prose.start()].split()) <= 4:
            words[long] = words[long][:prose.start()]  # its last keyword before the prose ("risk profile | Customs ...")
            long += 1
        words = words[:long]
        if words:
            # the label's language is the list's: «Ключевые слова: Honeynet, honeypot, spam» is the Russian list
            lang = block_language(labelled.group(0), "") or block_language(text, block.lang) if labelled else block_language(text, block.lang)
            block.lang = lang
            if lang not in done:
                run.add(lang)
                listed = article.keywords.setdefault(lang, [])
                if broken and not labelled and listed and text[:1].islower() and re.search(r"[,;]", text):
                    listed[-1] = f"{listed[-1]} {words.pop(0)}"  # a keyword broken at the line's end: "count of" / "companies"
                listed.extend(words)
        broken = bool(re.search(r"[,;]", whole)) and not re.search(r"[,;.]\s*$", whole)  # not one keyword a line
