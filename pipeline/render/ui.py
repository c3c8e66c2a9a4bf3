"""The words of the reports in the reader's language.

Templates and views are written in English; `data/ui_ru.tsv` gives the Russian for each message
(plural messages carry the three Russian forms). Which language a page speaks is the run's choice,
or by default the language of the article (of most articles, for the corpus report).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

from ..data import load_tsv

UI_LANGUAGES = ("en", "ru")
AUTO = "auto"
_PLURAL_SEPARATOR = "|"


@cache
def _messages(lang: str) -> dict[str, tuple[str, ...]]:
    """English message (for a plural, `singular|plural`) -> its forms in `lang`."""
    if lang == "en":
        return {}
    return {english: tuple(forms.split(_PLURAL_SEPARATOR)) for english, forms in load_tsv(f"ui_{lang}.tsv", 2)}


def russian_plural(n: int) -> int:
    """Which of the three Russian forms a count takes: 1 статья, 2 статьи, 5 статей."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


class Words:
    """gettext and ngettext for one interface language; a message without a translation stays English."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in UI_LANGUAGES else "en"
        self._table = _messages(self.lang)

    def gettext(self, message: str) -> str:
        forms = self._table.get(message)
        return forms[0] if forms else message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        forms = self._table.get(f"{singular}{_PLURAL_SEPARATOR}{plural}")
        if forms and len(forms) == 3:
            return forms[russian_plural(n)]
        return singular if n == 1 else plural

    __call__ = gettext


def page_language(choice: str, article_languages: Iterable[str]) -> str:
    """The interface language of a page: `choice` unless it is `auto`, else the articles' own (English only
    when most of them are English)."""
    if choice in UI_LANGUAGES:
        return choice
    counts = Counter("en" if lang == "en" else "ru" for lang in article_languages)
    return "en" if counts["en"] > counts["ru"] else "ru"
