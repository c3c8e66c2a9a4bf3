import pytest

from pipeline.nlp.morph import Morph


@pytest.fixture(scope="module")
def morph() -> Morph:
    return Morph()


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Евразийского экономического союза", "Евразийский экономический союз"),
        # a foreign name the dictionary does not know, ending in a consonant, is written as it is in every case
        ("Скантроник Системс", "Скантроник Системс"), ("Тинькофф Банка", "Тинькофф Банк"), ("Ростелекома", "Ростелеком"),
        # unless its likeliest reading is an ending on its lemma
        ("Росэксимбанком", "Росэксимбанк"), ("Скантроником", "Скантроник"),
        ("Евразийском экономическом союзе", "Евразийский экономический союз"),
        # a hyphenated adjective agrees by its last part; the second locative is the locative
        ("Северо-Западного таможенного управления", "Северо-Западное таможенное управление"),
        ("Шереметьевском аэропорту", "Шереметьевский аэропорт"),
        # «и» between adjectives is a conjunction, not the letter's name taken for the head noun
        ("Продовольственной и сельскохозяйственной организации", "Продовольственная и сельскохозяйственная организация"),
        ("Евразийской экономической комиссии", "Евразийская экономическая комиссия"),
        ("Высшего Евразийского совета", "Высший Евразийский совет"),
        ("Федеральной таможенной службы России", "Федеральная таможенная служба России"),
        ("Государственного таможенного комитета Республики Беларусь",
         "Государственный таможенный комитет Республики Беларусь"),
        ("Межгосударственного центра для координации", "Межгосударственный центр для координации"),
        ("Республикой Беларусь", "Республика Беларусь"),
        ("Договором о ЕАЭС", "Договор о ЕАЭС"),
        ("таможенных органов", "таможенные органы"),
        ("Министерства экономического развития", "Министерство экономического развития"),
        # an adjective that is also a surname («Дзержинский») before another adjective agrees like one
        ("Дзержинского районного суда г. Новосибирска", "Дзержинский районный суд г. Новосибирска"),
        # an adjective that may also read as a surname, before another adjective that agrees with it
        ("Московской областной таможни", "Московская областная таможня"),
        ("Ивановской областной думы", "Ивановская областная дума"),
        ("Жуковского городского суда", "Жуковский городской суд"),
        ("пресс-службы президента Украины", "пресс-служба президента Украины"),
        # a likelier noun before letters or a place's name is the head, not an adjective of it
        ("сборной США", "сборная США"), ("сборной Бразилии", "сборная Бразилии"),
        ("Южной Кореи", "Южная Корея"), ("Малым театром", "Малый театр"),
        # a plural noun after singular adjectives is the plural of bodies joined by «и»: each one is singular
        ("Мариинского театров", "Мариинский театр"), ("Российских железных дорог", "Российские железные дороги"),
        # an abbreviation with a case ending heads the adjectives before it: its ending gives their case
        ("японского МИДа", "японский МИД"), ("казахстанским Минфином", "казахстанский Минфин"),
        # an abbreviation written as it is: the adjectives give the case, their own gender or the masculine
        ("бывшего ЦБ", "бывший ЦБ"), ("британском МИД", "британский МИД"), ("новой ЕЭК", "новая ЕЭК"),
        # a number joined to the last word stays as it is
        ("Северного потока-2", "Северный поток-2"), ("Новой волны-2009", "Новая волна-2009"),
        # already nominative, or nothing Russian to inflect: unchanged
        ("Таможенный союз", "Таможенный союз"),
        ("ЕАЭС", "ЕАЭС"),
        ("World Customs Organization", "World Customs Organization"),
    ],
)
def test_to_nominative(morph: Morph, phrase: str, expected: str) -> None:
    assert morph.to_nominative(phrase) == expected


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("таможенного", "таможенный"), ("законодательства", "законодательство"), ("Союзом", "союз"),
     ("Customs", "customs")],
)
def test_lemma(morph: Morph, word: str, lemma: str) -> None:
    assert morph.lemma(word) == lemma


@pytest.mark.parametrize(("word", "lemma"), [("большим", "большой"), ("большая", "большой"), ("большего", "больший")])
def test_a_tie_between_two_lemmas_goes_to_the_common_word(morph: Morph, word: str, lemma: str) -> None:
    # «большим» reads as a form of «большой» and of the comparative «больший», alike likely; «большего» is only
    # the comparative's
    assert morph.lemma(word) == lemma
