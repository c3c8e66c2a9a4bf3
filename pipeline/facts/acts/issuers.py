"""Who makes or signs a Russian act, as its title or the words around it say: a state or a state's organ, a verb or a
participle of signing or adopting near a state, and a state's decision on a measure («решение президента США о
введении пошлин»)."""

from __future__ import annotations

from ...lexicon.cues import word_set
from ...nlp.morph import Morph
from ...record import Token
from .lexicon import ACT_WORDS, union_names


def states_measure(complement: list[Token], morph: Morph) -> bool:
    """Whether a title names a state (its organ) before «о» and a measure right after it (act_words.tsv measure)."""
    about = next((n for n, t in enumerate(complement) if t.text.lower() in word_set(ACT_WORDS, "about")), 0)
    return 0 < about < len(complement) - 1 and any(a_state(t, morph) for t in complement[:about]) \
        and complement[about + 1].lemma in word_set(ACT_WORDS, "measure", lang="ru")


def a_state(tok: Token, morph: Morph) -> bool:
    """A place's name (a state's, or its capital's for it: «Бишкек»), a word for a state's organ («президентом») or a
    union of states by its one word («ЕАЭС»)."""
    return tok.lemma in word_set(ACT_WORDS, "state_actor", lang="ru") or tok.text in union_names() \
        or tok.text[:1].isupper() and "Geox" in morph.parse(tok.text)[0].tag


def signed_before(tokens: list[Token], first: int, morph: Morph, partnered: bool = False) -> bool:
    """A verb of signing or adopting shortly before the act's first word, with a state near it or as the party after
    the act's word (`partnered`): «подписанное Молдавией и Приднестровьем | протокольное решение», «Бишкек не
    подписывает | договор», «было подписано | соглашение с властями РФ о ...»; not an intention."""
    window = tokens[max(0, first - 6) : first]
    # (not an infinitive: «намерено подписать соглашение о ...» is an intention, no act yet)
    verb = next((n for n, t in enumerate(window) if t.lemma in word_set(ACT_WORDS, "concluded", lang="ru")
                 and morph.parse(t.text.lower())[0].tag.POS != "INFN"), None)
    return verb is not None and (partnered or any(a_state(t, morph) for t in window[max(0, verb - 3) :] if t is not window[verb]))


def signed_after(tokens: list[Token], j: int, head: Token, morph: Morph) -> bool:
    """A participle of signing or adopting that agrees with the kind word right after its title, with a state
    after it: «программы по защите ... |, принятой Минэкономразвития и одобренной президентом»."""
    if j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lemma not in word_set(ACT_WORDS, "concluded", lang="ru"):
        return False
    tag = morph.parse(head.text)[0].tag
    agrees = any(p.tag.POS == "PRTF" and p.tag.case == tag.case and p.tag.number == tag.number
                 and (p.tag.gender == tag.gender or tag.number == "plur") for p in morph.parse(tokens[j + 1].text.lower()))
    return agrees and any(a_state(t, morph) for t in tokens[j + 2 : j + 6])
