import pytest
from helpers import context, make_article

from pipeline.context import Context
from pipeline.nlp.annotate import annotate, regions
from pipeline.nlp.lang import detect, overall
from pipeline.nlp.models import Models
from pipeline.record import Article, Block


def _article(text: str, blocks: list[Block] | None = None) -> Article:
    return make_article(text, blocks=blocks or [])


RU = ("Евразийский экономический союз (далее - ЕАЭС) создан в соответствии с Договором о ЕАЭС. "
      "Сотрудничество Российской Федерации и Республики Беларусь в таможенной сфере развивается.")
EN = "The World Customs Organization was established in Brussels. Belarus joined the Eurasian Economic Union."


def test_russian_sentences_tokens_and_entities(models: Models) -> None:
    article = annotate(_article(RU), context())
    assert len(article.sentences) == 2
    lemmas = [t.lemma for t in article.sentences[1].tokens]
    assert "таможенный" in lemmas and "сфера" in lemmas
    found = {(m.type, m.text) for m in article.mentions}
    assert ("ORG", "Евразийский экономический союз") in found
    for m in article.mentions:
        assert article.text[m.start:m.end] == m.text


def test_english_goes_through_spacy(models: Models) -> None:
    article = annotate(_article(EN), context())
    assert [article.text[s.start:s.end] for s in article.sentences][0].startswith("The World Customs")
    assert any(m.type == "ORG" and "Customs Organization" in m.text for m in article.mentions)
    assert any(m.type == "LOC" and m.text == "Brussels" for m in article.mentions)
    assert "establish" in [t.lemma for t in article.sentences[0].tokens]


def test_mixed_text_is_routed_by_block_language(models: Models) -> None:
    text = RU + "\n\n" + EN
    blocks = [Block("paragraph", 0, len(RU), "ru"), Block("paragraph", len(RU) + 2, len(text), "en")]
    article = annotate(_article(text, blocks), context())
    assert regions(article) == [(0, len(RU), "ru"), (len(RU) + 2, len(text), "en")]
    assert any(m.text == "Brussels" and m.start > len(RU) for m in article.mentions)
    assert all(s.end <= len(RU) or s.start >= len(RU) + 2 for s in article.sentences)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Таможенный союз", "ru"), ("Customs union", "en"), ("ЕАЭС и EAEU", "ru"), ("2024", "ru")],
)
def test_detect(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_overall_language() -> None:
    assert overall({"ru": 900, "en": 100}) == "ru"
    assert overall({"ru": 500, "en": 500}) == "mixed"
    assert overall({"en": 10}) == "en"


def test_translated_abstract_of_a_russian_article_is_read_without_the_english_model() -> None:
    abstract = "Abstract: The article discusses the Eurasian Economic Union. Customs cooperation grows."
    text = RU + "\n\n" + abstract
    blocks = [Block("paragraph", 0, len(RU), "ru"), Block("abstract", len(RU) + 2, len(text), "en")]
    fresh = Models()
    article = annotate(_article(text, blocks), Context(fresh))
    assert "en" not in fresh.__dict__  # the spaCy model was never loaded
    assert regions(article)[-1] == (len(RU) + 2, len(text), "translation")
    english = [article.text[s.start:s.end] for s in article.sentences if s.start > len(RU)]
    assert english == ["Abstract: The article discusses the Eurasian Economic Union.", "Customs cooperation grows."]
    words = [t.lemma for s in article.sentences if s.start > len(RU) for t in s.tokens]
    assert words[:4] == ["abstract", ":", "the", "article"]


def test_english_article_keeps_the_english_model_for_its_abstract(models: Models) -> None:
    blocks = [Block("abstract", 0, len(EN), "en")]
    article = _article(EN, blocks)
    article.language = "en"
    annotate(article, context())
    assert regions(article) == [(0, len(EN), "en")]
    assert any(m.type == "ORG" for m in article.mentions)


@pytest.mark.parametrize("text", [RU, EN])
def test_a_long_text_is_read_in_pieces_with_every_offset_kept(text: str, models: Models) -> None:
    # far more than one piece: each paragraph's sentences and names land where the text has them
    long = "\n\n".join([text] * 700)
    article = annotate(_article(long), context())
    assert len(long) > 3 * 20_000
    assert len(article.sentences) == 700 * 2
    last = long.rindex(text)
    assert any(s.tokens[0].start == last for s in article.sentences)
    orgs = [m for m in article.mentions if m.type == "ORG"]
    assert len(orgs) >= 700 and orgs[-1].start > last
    for m in article.mentions:
        assert long[m.start:m.end] == m.text
    for s in article.sentences:
        assert all(long[t.start:t.end] == t.text for t in s.tokens)
