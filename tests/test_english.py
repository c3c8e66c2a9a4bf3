import pytest

from pipeline.nlp.models import Models


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("signed", "sign"), ("agreements", "agreement"), ("procedures", "procedure"),
        ("simplifying", "simplify"), ("facilitated", "facilitate"), ("was", "be"), ("customs", "custom"),
        ("harmonisation", "harmonisation"), ("its", "its"), ("as", "as"), ("CIS", "cis"), ("HS", "hs"),
        ("countries", "country"), ("taxes", "tax"),
    ],
)
def test_english_lemmas_from_the_rule_tables(models: Models, word: str, lemma: str) -> None:
    assert models.en.lemmas.lemma(word) == lemma


def test_english_model_runs_ner_only(models: Models) -> None:
    english = models.en
    assert "tagger" not in english.nlp.pipe_names and "ner" in english.nlp.pipe_names
    doc = english.nlp("The World Customs Organization met in Brussels. It adopted the Revised Kyoto Convention.")
    assert len(list(doc.sents)) == 2
    assert any(e.label_ == "ORG" and "World Customs Organization" in e.text for e in doc.ents)
