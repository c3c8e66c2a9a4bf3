import re

import pytest
from helpers import context, make_article

from pipeline.facts.acts.extract import extract_treaties
from pipeline.nlp.annotate import annotate
from pipeline.nlp.models import Models
from pipeline.record import Article, Country, Mention


def _run(text: str, models: Models, language: str = "ru", **extra: object) -> Article:
    article = make_article(text,
                      language=language, **extra)
    annotate(article, context())
    return extract_treaties(article, context())


@pytest.mark.parametrize(
    ("text", "title", "kind", "date", "year"),
    [
        ("Евразийский экономический союз – это созданное в соответствии с Договором о ЕАЭС (2014г.) "
         "международное объединение.", "Договор о Евразийском экономическом союзе", "treaty", "2014", 2014),
        ("Взаимодействие строится на основе договора между Российской Федерацией и Республикой Беларусь "
         "от 08.12.1999 «О создании союзного государства».",
         "Договор о создании Союзного государства", "treaty", "1999-12-08", 1999),
        ("Главами государств была разработана Стратегия деятельности блока по таможенному сотрудничеству "
         "до 2025 года.", "Стратегия деятельности блока по таможенному сотрудничеству до 2025 года", "strategy",
         None, None),
        ("В 2018 году вступил в силу Таможенный кодекс ЕАЭС.",
         "Таможенный кодекс Евразийского экономического союза", "code", None, None),
        ("Перевозки шли по Конвенции МДП (1975).",
         "Таможенная конвенция о международной перевозке грузов с применением книжки МДП", "convention", "1975", 1975),
        ("До неё действовала Конвенция МДП (1959).", "Конвенция МДП", "convention", "1959", 1959),
        ("В 2022 году был ратифицирован Договор между Российской Федерацией и Республикой Беларусь о гармонизации "
         "таможенного законодательства и сотрудничестве в таможенной сфере.",
         "Договор между Российской Федерацией и Республикой Беларусь о гармонизации таможенного законодательства "
         "и сотрудничестве в таможенной сфере", "treaty", None, None),
        ("Депутаты одобрили поправки в закон «О таможенном тарифе».", "Закон «О таможенном тарифе»", "law", None, None),
        ("Порядок утверждён Решением Совета Евразийской экономической комиссии от 5 мая 2017 г. № 25.",
         "Решение Совета Евразийской экономической комиссии № 25", "decision", "2017-05-05", 2017),
        ("На заседании одобрена программа совместных действий по формированию общего рынка услуг до 2030 года.",
         "Программа совместных действий по формированию общего рынка услуг до 2030 года", "programme", None, None),
        ("Россия присоединилась к Киотской конвенции в 2011 году.",
         "Международная конвенция об упрощении и гармонизации таможенных процедур", "convention", None, None),
        ("Нормы ГАТТ обязательны для всех членов организации.",
         "Генеральное соглашение по тарифам и торговле", "agreement", None, None),
        ("Стороны готовят соглашение о свободной торговле между ЕАЭС и Индией.",
         "Соглашение о свободной торговле между ЕАЭС и Индией", "agreement", None, None),
        # a code by its abbreviation, an unquoted title after «указ»/«закон», an order by number and date
        ("Ответственность за контрабанду установлена статьёй 226.1 УК РФ.",
         "Уголовный кодекс Российской Федерации", "code", None, None),
        ("Президент подписал указ о мерах по развитию несырьевого экспорта.",
         "Указ о мерах по развитию несырьевого экспорта", "decision", None, None),
        ("Порядок определил Приказ ФТС России от 17.09.2013 № 1761.",
         "Приказ ФТС России № 1761", "decision", "2013-09-17", 2013),
        ("Конституция Российской Федерации имеет высшую юридическую силу.",
         "Конституция Российской Федерации", "law", None, None),
        # a procedural code named by its letters
        ("Нормы АПК РФ о подсудности применяются и здесь.",
         "Арбитражный процессуальный кодекс Российской Федерации", "code", None, None),
        # a capitalised adjective before one in small letters opens the name
        ("Суд сослался на п. 5 ч. 1 ст. 148 Арбитражного процессуального кодекса РФ.",
         "Арбитражный процессуальный кодекс Российской Федерации", "code", None, None),
        ("Порядок определяет Гражданский процессуальный кодекс РФ.",
         "Гражданский процессуальный кодекс Российской Федерации", "code", None, None),
        # letters glued to an act's number are part of it
        ("Порядок определяет приказ Минфина России от 12.11.2018 № 225н.", "Приказ Минфина России № 225н", "decision",
         "2018-11-12", 2018),
        # a bill by its quoted title; a quoted phrase inside an unquoted title
        ("Рада приняла в первом чтении законопроект «О таможенном транзите», который вводит гарантии.",
         "Законопроект «О таможенном транзите»", "law", None, None),
        ("Экспорт золота вырастет с принятием закона о «вольном приносе» золота, который разрешит его сдавать.",
         "Закон о «вольном приносе» золота", "law", None, None),
        # the year it was passed before it, the kind word in small letters
        ("НКО пострадали от принятого в 2012 году закона об иностранных агентах.", "Закон об иностранных агентах",
         "law", None, None),
        # a code or a directive named by what it is about, also opening a sentence or in small letters
        ("Кодекс об административных правонарушениях предусматривает штраф за такую парковку.",
         "Кодекс Российской Федерации об административных правонарушениях", "code", None, None),
        ("Евросоюз принял директиву об авторском праве на едином цифровом рынке.",
         "Директива об авторском праве на едином цифровом рынке", "decision", None, None),
        ("Нормы соглашения ГАТТ обязательны для всех членов.", "Генеральное соглашение по тарифам и торговле",
         "agreement", None, None),
        ("Генассамблея ООН приняла резолюцию о территориальной целостности Украины.",
         "Резолюция о территориальной целостности Украины", "decision", None, None),
        # a state's decision (its organ's) on a measure is an act
        ("6 февраля вступило в силу решение Федеральной службы безопасности РФ об установлении пограничных зон.",
         "Решение Федеральной службы безопасности РФ об установлении пограничных зон", "decision", None, None),
        # a participle's own phrase inside the title, and the words «и» joins after it
        ("Стал известен указ о введении пошлин на ввозимые в Штаты солнечные батареи и стиральные машины.",
         "Указ о введении пошлин на ввозимые в Штаты солнечные батареи и стиральные машины", "decision", None, None),
        # a federal law by its number alone, either way round
        ("Оператор нарушил 152-ФЗ, заявили в ведомстве.", "Федеральный закон № 152-ФЗ", "law", None, None),
        ("Закупки проводятся по ФЗ-44 с прошлого года.", "Федеральный закон № 44-ФЗ", "law", None, None),
        # a statute of a court or a body
        ("Римский статут Международного уголовного суда Россия так и не ратифицировала.",
         "Римский статут Международного уголовного суда", "other", None, None),
    ],
)
def test_russian_acts(models: Models, text: str, title: str, kind: str, date: str | None, year: int | None) -> None:
    article = _run(text, models)
    assert [(t.title, t.kind, t.date, t.year) for t in article.treaties if t.part_of is None] == [(title, kind, date, year)]


@pytest.mark.parametrize(
    ("text", "title", "kind", "date", "year"),
    [
        ("The Treaty on the Eurasian Economic Union was signed on 29 May 2014 in Astana.",
         "Treaty on the Eurasian Economic Union", "treaty", "2014-05-29", 2014),
        ("Convention establishing a Customs Co-operation Council, done at Brussels on 15 December 1950.",
         "Convention establishing a Customs Co-operation Council", "convention", "1950-12-15", 1950),
        ("The Revised Kyoto Convention entered into force in 2006.",
         "International Convention on the Simplification and Harmonization of Customs Procedures", "convention",
         None, None),
        ("Members notified their commitments under the Agreement on Trade Facilitation.",
         "Agreement on Trade Facilitation", "agreement", None, None),
        ("Goods are classified under the Harmonized System Convention.",
         "International Convention on the Harmonized Commodity Description and Coding System", "convention",
         None, None),
        ("Putin Signs Law Ratifying Treaty on Eurasian Economic Union",
         "Treaty on the Eurasian Economic Union", "treaty", None, None),
        ("Officials discussed the Memorandum of Understanding between the Federal Customs Service and the "
         "State Customs Committee.",
         "Memorandum of Understanding between the Federal Customs Service and the State Customs Committee",
         "memorandum", None, None),
        # a capital that opens a sentence, a verb after the name, a date after the number
        ("Under Federal Law No. 173-FZ of 10 December 2003, currency operations are controlled.",
         "Federal Law No. 173-FZ", "law", "2003-12-10", 2003),
        ("The Tax Code of the Russian Federation sets the excise rates.",
         "Tax Code of the Russian Federation", "code", None, None),
        ("The Board adopted Decision No. 18 of 21 April 2015.", "Decision No. 18", "decision", "2015-04-21", 2015),
        # an Act of a legislature, its capitalised words joined by "and"
        ("In 1998 the United States passed the Copyright Term Extension Act.", "Copyright Term Extension Act", "law",
         None, None),
        ("The GILTI provision of the Tax Cut and Jobs Act of 2017 sets a minimum tax.", "Tax Cut and Jobs Act", "law",
         "2017", 2017),
        # and a list of them parted by commas, the last after "and"
        ("Congress passed the Coronavirus Aid, Relief, and Economic Security Act on 27 March 2020.",
         "Coronavirus Aid, Relief, and Economic Security Act", "law", None, None),
        # the year it was passed before its name, the kind word in small letters
        ("NGOs were hit by the 2012 Foreign Agents law in Russia.", "Foreign Agents law", "law", None, None),
        ("Banks must comply with 115-FZ when they open accounts.", "Federal Law No. 115-FZ", "law", None, None),
        # a country's letters and a word in -ing inside the name
        ("Content rules rose after the 1965 US-Canada Auto Pact was signed.", "US-Canada Auto Pact", "treaty", None, None),
        ("The American Automobile Labelling Act (AALA) provides annual reports on parts.",
         "American Automobile Labelling Act", "law", None, None),
        # a known act's letters with its kind word
        ("The NAFTA agreement set rules of origin for cars.", "North American Free Trade Agreement", "agreement",
         None, None),
        # capitalised words joined by "of"
        ("The court struck down the Defense of Marriage Act as unconstitutional.", "Defense of Marriage Act", "law",
         None, None),
        ("The Statute of the International Court of Justice lists the sources of international law.",
         "Statute of the International Court of Justice", "other", None, None),
        # a translated act's title in quotes after its kind word
        ("Police powers were set by the Federal Law 'About Police' of 7 February 2011.", "Federal Law 'About Police'",
         "law", "2011-02-07", 2011),
        ("The Government Decree “On Measures to Support Exporters” was adopted in 2020.",
         "Government Decree “On Measures to Support Exporters”", "decision", "2020", 2020),
    ],
)
def test_english_acts(models: Models, text: str, title: str, kind: str, date: str | None, year: int | None) -> None:
    article = _run(text, models, language="en")
    assert [(t.title, t.kind, t.date, t.year) for t in article.treaties] == [(title, kind, date, year)]


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # a kind's word before "and" ends one act: the capitalised words after it name the next
        ("Both the Trade Act and Customs Modernization Act apply to imports.", "en",
         ["Trade Act", "Customs Modernization Act"]),
        ("К импорту применяются и Таможенный кодекс, и Налоговый кодекс.", "ru", ["Таможенный кодекс", "Налоговый кодекс"]),
    ],
)
def test_two_acts_joined_by_and_stay_two(models: Models, text: str, language: str, titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Стороны достигли договорённости о снижении пошлин.", "ru"),
        ("Это решение вопроса о пошлинах было принято быстро.", "ru"),
        ("Страны всё чаще заключают соглашения о свободной торговле.", "ru"),
        ("Правительство намерено подписать соглашение о свободной торговле.", "ru"),
        ("Программа охватывает модернизацию железных дорог.", "ru"),
        ("Совершенствование таможенного законодательства продолжается.", "ru"),
        ("Протоколы и решения межгосударственного совета регулируют взаимодействие.", "ru"),
        ("Соглашения о свободной торговле и о защите инвестиций важны для бизнеса.", "ru"),
        # the capital of a sentence's first word makes no name of an adjective before small letters
        ("Новый таможенный кодекс обсуждается экспертами.", "ru"),
        # and so does the first word of a numbered item
        ("12. Решение о поддержании значений факторов на достигнутом уровне принимается, если значения близки.", "ru"),
        ("12. Decision on the maintenance of factor values is taken if the values are close.", "en"),
        ("The parties reached an agreement on prices last year.", "en"),
        ("The decision was taken by consensus.", "en"),
        ("Enter the HS code of the goods in box 33.", "en"),
        ("Agreements concluded within the Community are binding.", "en"),
        ("She graduated from the University of Chicago Law School in 2001.", "en"),
        # a figure's caption the layout left inside a paragraph
        ("We assume a common cost. Fig. 2. Compliance Cost and Compliance Decision. Firms then choose.", "en"),
        ("Мы предполагаем общие издержки. Рис. 3. Решение о выпуске товаров. Затем фирмы выбирают.", "ru"),
        ("Кодекс поведения сотрудников компании опубликован на сайте.", "ru"),
        ("Суд обязан соблюдать статут и регламент.", "ru"),
        ("The statute was amended twice.", "en"),
        ("This Agreement shall enter into force on the date of signature.", "en"),
        # a year opening the sentence before capitalised words and a law in small letters
        ("In 2019 Customs law was reformed again.", "en"),
        # a network's protocol, in small letters after its capitalised name
        ("Two participants were excluded because they had Internet protocol (IP) addresses abroad.", "en"),
        ("Данные передаются по протоколу HTTP и протоколу Modbus.", "ru"),
    ],
)
def test_not_acts(models: Models, text: str, language: str) -> None:
    assert _run(text, models, language=language).treaties == []


def test_plural_kind_word_with_two_complements_names_two_acts(models: Models) -> None:
    article = _run("Эти нормы уже прописаны в договорах о Евразийском экономическом союзе и о Союзном государстве.",
                   models)
    assert [t.title for t in article.treaties] == ["Договор о Евразийском экономическом союзе",
                                                   "Договор о создании Союзного государства"]


@pytest.mark.parametrize(
    "text, titles",
    [
        ("The Secretariat helps members apply the Agreements on Customs Valuation and Rules of Origin.",
         ["Agreement on Implementation of Article VII of the General Agreement on Tariffs and Trade 1994",
          "Agreement on Rules of Origin"]),  # the registered title of the first
        ("The Conventions on Temporary Admission, Transit Procedures and Customs Valuation are open to all.",
         ["Convention on Temporary Admission", "Convention on Transit Procedures", "Convention on Customs Valuation"]),
        # a part of one capitalised word may be one title's "and": no guess is made
        ("The two states signed Agreements on Trade and Economic Cooperation with their neighbours.", []),
        ("Many bilateral agreements on customs cooperation were signed.", []),
    ],
)
def test_english_plural_kind_word_names_one_act_per_name(models: Models, text: str, titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, "en").treaties] == titles


def test_one_act_however_named_and_references_back(models: Models) -> None:
    text = ("Договор о ЕАЭС подписан в 2014 году. Договором о Евразийском экономическом союзе предусмотрена "
            "свобода перемещения товаров. Договор вступил в силу в 2015 году.")
    article = _run(text, models)
    assert len(article.treaties) == 1
    act = article.treaties[0]
    assert act.title == "Договор о Евразийском экономическом союзе"
    mentions = [m for m in article.mentions if m.type == "TREATY"]
    assert [m.text for m in mentions] == ["Договор о ЕАЭС", "Договором о Евразийском экономическом союзе", "Договор"]
    assert all(m.fact_id == act.id and article.text[m.start:m.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    ("text", "language", "title", "bare"),
    [
        ("Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных» обязывает операторов хранить данные "
         "в России. Оператор нарушил 152-ФЗ, заявили в ведомстве.", "ru",
         "Федеральный закон № 152-ФЗ «О персональных данных»", "152-ФЗ"),
        ("Federal Law No. 115-FZ of 7 August 2001 targets money laundering. Banks must comply with 115-FZ.", "en",
         "Federal Law No. 115-FZ", "115-FZ"),
        # the number ties namings that share no other words, in either language
        ("Оператор нарушил 152-ФЗ, заявили в ведомстве. Закон от 27.07.2006 № 152-ФЗ «О персональных данных» "
         "действует давно, и Federal Law No. 152-FZ is cited abroad.", "ru",
         "Закон № 152-ФЗ «О персональных данных»", "152-ФЗ"),
    ],
)
def test_a_federal_law_by_its_number_alone_is_the_law_named_in_full(models: Models, text: str, language: str,
                                                                    title: str, bare: str) -> None:
    article = _run(text, models, language=language)
    assert [t.title for t in article.treaties] == [title]
    assert {m.fact_id for m in article.mentions if m.type == "TREATY" and m.text == bare} == {article.treaties[0].id}


def test_english_reference_back_goes_to_the_last_act_of_its_kind(models: Models) -> None:
    text = ("The Treaty on the Eurasian Economic Union was signed in Astana. The Agreement on Trade Facilitation "
            "was adopted later. The treaty will become effective in 2015.")
    article = _run(text, models, language="en")
    assert [t.title for t in article.treaties] == ["Treaty on the Eurasian Economic Union",
                                                   "Agreement on Trade Facilitation"]
    last = max((m for m in article.mentions if m.type == "TREATY"), key=lambda m: m.start)
    assert last.text == "treaty" and last.fact_id == article.treaties[0].id


def test_this_convention_in_a_convention_means_itself(models: Models) -> None:
    text = ("Convention establishing a Customs Co-operation Council\n"
            "The Council shall administer the Convention on the Valuation of Goods for Customs Purposes. "
            "This Convention shall be ratified by the signatory Governments.")
    article = _run(text, models, language="en")
    own = article.treaties[0]
    assert own.title == "Convention establishing a Customs Co-operation Council"
    last = max((m for m in article.mentions if m.type == "TREATY"), key=lambda m: m.start)
    assert last.text == "Convention" and last.fact_id == own.id


def test_a_name_in_brackets_is_another_name_of_the_act(models: Models) -> None:
    text = ("The Convention on the Harmonized Commodity Description and Coding System (HS Convention) was adopted "
            "in 1983.")
    article = _run(text, models, language="en")
    assert len(article.treaties) == 1
    assert "HS Convention" in article.treaties[0].aliases


def test_parties_come_from_country_mentions(models: Models) -> None:
    text = ("Взаимодействие строится на основе договора между Российской Федерацией и Республикой Беларусь "
            "от 08.12.1999 «О создании союзного государства».")
    start_ru = text.index("Российской Федерацией")
    start_by = text.index("Республикой Беларусь")
    article = make_article(text,
                      countries=[Country(id="cty-RU", name="Россия", iso2="RU"),
                                 Country(id="cty-BY", name="Беларусь", iso2="BY")])
    annotate(article, context())
    article.mentions += [
        Mention("COUNTRY", "Российской Федерацией", start_ru, start_ru + 21, fact_id="cty-RU"),
        Mention("COUNTRY", "Республикой Беларусь", start_by, start_by + 20, fact_id="cty-BY"),
    ]
    extract_treaties(article, context())
    assert article.treaties[0].parties == ["Россия", "Беларусь"]


def test_parties_without_country_mentions_are_put_in_the_nominative(models: Models) -> None:
    article = _run("Стороны подписали Соглашение между Республикой Казахстан и Кыргызской Республикой о транзите.",
                   models)
    assert article.treaties[0].parties == ["Республика Казахстан", "Кыргызская Республика"]


def test_a_heading_without_a_full_stop_is_a_sentence_of_its_own(models: Models) -> None:
    from pipeline import analyze

    text = ("President Signs Law Ratifying Agreement on Customs Transit\n\n12 March 2019\n\n"
            "The president signed a law ratifying the Agreement on Customs Transit, officials said.")
    article = analyze(text, models=models)
    assert [t.title for t in article.treaties] == ["Agreement on Customs Transit"]
    assert all("\n\n" not in article.text[s.start : s.end] for s in article.sentences)


@pytest.mark.parametrize("text", [
    "Суд вправе применять закон по аналогии.",
    "Закон Ципфа описывает частоты слов в тексте.",
    "Решение о переносе встречи приняли в последний момент.",
    "In order to comply, the importer files an import declaration.",
])
def test_words_that_name_no_act(models: Models, text: str) -> None:
    article = _run(text, models, language="en" if text.isascii() else "ru")
    assert [t.title for t in article.treaties] == []


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # a law of a science: a person's, or numbered; a country's law is an act
        ("Kepler stated his Law of Planetary Motion, Ravenstein the Second Law of Migration, and Zipf's Law "
         "holds for cities; Ukraine's Law on Customs was adopted.", "en", ["Law on Customs"]),
        # a protocol a network runs by its letters, not a body's protocol
        ("Data travel over the TCP Protocol, the SSL Protocol secures them, and the CIS Protocol on transit was "
         "signed.", "en", ["CIS Protocol on transit"]),
        ("Данные передаёт протокол TCP, а протокол SSL их шифрует; Протокол СНГ о транзите подписан.", "ru",
         ["Протокол СНГ о транзите"]),
        # a determiner and a kind word opening a sentence point back, and name nothing when nothing came before
        ("Политику задаёт язык DTEL. Такое решение позволяет создавать типовые конфигурации.", "ru", []),
    ],
)
def test_laws_of_science_network_protocols_and_pointers_name_no_act(text: str, language: str,
                                                                      titles: list[str]) -> None:
    from helpers import shared_models

    from pipeline import analyze

    assert [t.title for t in analyze(text, models=shared_models()).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # a title in quotes after a word for a work, a broadcast or a periodical is that work's
        ("Передача «Закон и порядок» вышла в эфир. Закон «О таможенном регулировании» принят.", "ru",
         ["Федеральный закон «О таможенном регулировании в Российской Федерации»"]),
        ('The documentary "The Treaty of Versailles" was released in 2019. The book "Convention on Biological '
         'Diversity" sold well.', "en", []),
        # the act the text names outside the work's title stays
        ('The documentary "The Treaty of Versailles" was released in 2019. The Treaty of Versailles was signed in '
         "1919.", "en", ["Treaty of Versailles"]),
    ],
)
def test_a_works_title_in_quotes_is_no_act(models: Models, text: str, language: str, titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "not_acts"),
    [
        ("The importer files a Single Goods Declaration for every consignment. The Sales Power Law holds for "
         "music. An EU Directive was mentioned.", {"Single Goods Declaration", "Sales Power Law", "EU Directive"}),
        ("Успешное решение последней задачи важно для таможни. Закон Ципфа описывает частоты слов.",
         {"Успешное решение последней", "Закон Ципфа"}),
    ],
)
def test_document_types_scientific_laws_and_common_nouns_are_not_acts(text: str, not_acts: set[str]) -> None:
    from helpers import shared_models

    from pipeline import analyze

    titles = {t.title for t in analyze(text, models=shared_models()).treaties}
    assert not titles & not_acts, titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("The Istanbul Declaration on customs cooperation was signed by the ministers. The study was carried out "
         "in accordance with the Declaration of Helsinki and approved by the ethics committee of the university.",
         ["Istanbul Declaration on customs cooperation"]),
        ("All participants gave written informed consent. The protocol conformed to the Code of Ethics of the "
         "World Medical Association. The Code of Conduct for Customs Officers was adopted on 12 May 2021.",
         ["Code of Conduct for Customs Officers"]),
        ("All subjects gave informed consent according to a University of California, Los Angeles Institutional "
         "Review Board protocol. The Kyoto Protocol was signed in 1997.", ["Kyoto Protocol"]),
        ("Исследование одобрено этическим комитетом университета (протокол № 3 от 15.02.2019). Протокол о "
         "таможенном сотрудничестве подписан 12 мая 2020 года.", ["Протокол о таможенном сотрудничестве"]),
        ("Стамбульская декларация о таможенном сотрудничестве подписана министрами. Исследование проведено в "
         "соответствии с Хельсинкской декларацией и одобрено локальным этическим комитетом.",
         ["Стамбульская декларация о таможенном сотрудничестве"]),
    ],
)
def test_a_code_of_research_ethics_is_no_legal_act(text: str, titles: list[str]) -> None:
    """A declaration or code named in a sentence on an ethics committee's approval or the participants'
    consent, or in the next, is a code of research ethics; one named before them stays an act."""
    from helpers import shared_models

    from pipeline import analyze

    assert [t.title for t in analyze(text, models=shared_models()).treaties] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Порог близости определяет границу для принятия системой решения «свой/чужой». Решение «О таможенном "
         "контроле» Комиссия приняла в 2020 году.", ["Решение о таможенном контроле"]),
        ("Подрядчик предложил решение «под ключ», а закон «О таможенном регулировании» вступил в силу.",
         ["Федеральный закон «О таможенном регулировании в Российской Федерации»"]),
    ],
)
def test_words_in_quotes_opening_in_small_letters_are_no_title(text: str, titles: list[str]) -> None:
    from helpers import shared_models

    from pipeline import analyze

    assert [t.title for t in analyze(text, models=shared_models()).treaties] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("В Британии принят закон, согласно которому наркоманы смогут получать в аптеке заменитель героина.",
         ["Закон, согласно которому наркоманы смогут получать в аптеке заменитель героина"]),
        ("Парламент принял резолюцию, осуждающую рейд на территории страны, а правительство её поддержало.",
         ["Резолюция, осуждающая рейд на территории страны"]),
        ("The Senate passed a bill that would ban smoking in bars, and the governor signed it.",
         ["Bill that would ban smoking in bars"]),
        ("The Council adopted a resolution condemning the raid on the border.",
         ["Resolution condemning the raid on the border"]),
        # a law only pointed at names none
        ("Закон, который действует с 2010 года, применяется.", []),
    ],
)
def test_an_act_described_by_the_clause_after_its_kind_word(text: str, titles: list[str]) -> None:
    """A news text names an act by what it does, in a clause right after the kind word; in a scholarly
    article such a clause is as often a law of nature's."""
    from helpers import shared_models

    from pipeline import analyze

    assert [t.title for t in analyze(text, models=shared_models()).treaties] == titles
    scholarly = (f"Введение\n\nДействует закон, согласно которому сила растёт с массой. {text}\n\n"
                 "Список литературы\n\n1. Иванов А. А. Механика. М.: Наука, 2010. 200 с.\n\n"
                 "2. Петров Б. Б. Физика. М.: Наука, 2012. 300 с.\n\n3. Сидоров В. В. Силы. М.: Наука, 2014. 100 с.")
    assert [t.title for t in analyze(scholarly, models=shared_models()).treaties] == []


def test_a_known_declaration_without_a_complement_is_still_an_act() -> None:
    from helpers import shared_models

    from pipeline import analyze

    titles = {t.title for t in analyze("The Arusha Declaration guides customs integrity.", models=shared_models()).treaties}
    assert any("Arusha" in t for t in titles), titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("Требования установлены ГОСТ Р 52872-2019 и ГОСТ 7.0.5-2008, а также ТР ТС 021/2011.", "ru",
         [("ГОСТ Р 52872-2019", 2019), ("ГОСТ 7.0.5-2008", 2008), ("ТР ТС 021/2011", 2011)]),
        ("We used the quality requirements of the ISO/IEC 25010 standard and ISO 9001:2015 as codes.", "en",
         [("ISO/IEC 25010", None), ("ISO 9001:2015", 2015)]),
        # a number after a capitalised word is no standard
        ("In 2019, 25010 firms grew by 3.5 %. The EN version is shorter.", "en", []),
        # nor a body's letters before a word joined to a number ("the IEEE 118-bus system")
        ("The IEEE 57-bus and IEEE 118-bus test systems follow IEEE 802.11-2016.", "en", [("IEEE 802.11-2016", 2016)]),
        ("Сравнены схемы ГОСТ 118-узловой сети и требования ГОСТ Р 52872-2019.", "ru", [("ГОСТ Р 52872-2019", 2019)]),
        # the Customs Union's technical regulations and Russian norms, in both languages
        ("The supplement complies with TR TS 021/2011 and TR CU 022/2011; it was tested by MUK 4.2.1847-04 "
         "under GOST R 52872-2019.", "en",
         [("TR TS 021/2011", 2011), ("TR CU 022/2011", 2011), ("MUK 4.2.1847-04", None), ("GOST R 52872-2019", 2019)]),
        ("Продукт соответствует ТР ЕАЭС 037/2016 и СанПиН 2.3.2.1078-01, анализ выполнен по МУК 4.2.1847-04.", "ru",
         [("ТР ЕАЭС 037/2016", 2016), ("СанПиН 2.3.2.1078-01", None), ("МУК 4.2.1847-04", None)]),
        ("Товары классифицируются по ОК 034-2014 (КПЕС 2008).", "ru", [("ОК 034-2014", 2014)]),
    ],
)
def test_standards_by_their_letters_and_number(models: Models, text: str, language: str,
                                               titles: list[tuple[str, int | None]]) -> None:
    article = _run(text, models, language=language)
    assert [(t.title, t.year) for t in article.treaties] == titles


def test_a_standards_body_named_only_in_its_standards_is_no_organisation() -> None:
    from pipeline.analysis import analyze

    only = analyze("We used the quality requirements of the ISO/IEC 25010 standard as the initial set of codes.")
    assert only.organisations == [] and [t.title for t in only.treaties] == ["ISO/IEC 25010"]
    named = analyze("We used the ISO/IEC 25010 standard. The ISO also publishes guides on quality.")
    assert [o.name for o in named.organisations] == ["International Organization for Standardization"]


@pytest.mark.parametrize(
    "text",
    ["Results\n\n4.4 Evaluation Protocol\n\nFollowing previous work, we evaluate the hashing on two sets.",
     "Результаты\n\n2.1 Протокол испытаний\n\nИспытания проведены по методике, принятой в отрасли."],
)
def test_a_numbered_sections_heading_names_no_act(text: str) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).treaties == []


@pytest.mark.parametrize(
    ("line", "language", "title"),
    [
        ("7 ноября Россия и Иран подписали соглашение о развитии транспортного коридора",
         "ru", "Соглашение о развитии транспортного коридора"),
        ("7 November Russia and Iran signed the Agreement on the Transport Corridor", "en",
         "Agreement on the Transport Corridor"),
    ],
)
def test_a_heading_that_opens_with_a_day_is_no_numbered_section(line: str, language: str, title: str,
                                                                  models: Models) -> None:
    # a line the layout sets apart that opens with «7 ноября», "7 November" opens with a date, not a section's number
    from pipeline.record import Block

    text = f"{line}\n\nThe text goes on."
    article = _run(text, models, language=language, blocks=[Block("heading", 0, len(line), language)])
    assert [t.title for t in article.treaties] == [title]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a kind word before another capitalised noun is that noun's modifier, not an act
        ("Chand analysed exit charges in the Comparative and Tax Treaty Analysis of 2013, and the airports "
         "adopted Collaborative Decision Making; the Treaty on the Eurasian Economic Union applies.",
         ["Treaty on the Eurasian Economic Union"]),
        # «и» and a preposition open another place, not the title's next words; a code of laws is an act
        ("Нормы закреплены в Своде законов Российской Империи и в Гражданском кодексе РФ, а Договор о дружбе и о "
         "сотрудничестве подписан позже.",
         ["Свод законов Российской Империи", "Гражданский кодекс Российской Федерации",
          "Договор о дружбе и о сотрудничестве"]),
        # the act a bill or an amendment changes is named besides the bill
        ("Госдума приняла законопроект о внесении изменений в Налоговый кодекс, а поправки в закон о банкротстве "
         "отложила.", ["Законопроект о внесении изменений в Налоговый кодекс", "Налоговый кодекс",
                        "Закон о банкротстве"]),
        ("Президент подписал закон «О внесении изменений в Уголовный кодекс Российской Федерации».",
         ["Закон «О внесении изменений в Уголовный кодекс Российской Федерации»", "Уголовный кодекс Российской Федерации"]),
        ("The House passed a bill amending the Tariff Act and an amendment to the Customs Modernization Act.",
         ["Tariff Act", "Customs Modernization Act"]),
        # a word of an act's time opening a sentence is no word of its title
        ("Новый закон о платформенной экономике вступит в силу с 1 марта.", ["Закон о платформенной экономике"]),
        ("The new Law on Customs Regulation enters into force on 1 March.", ["Law on Customs Regulation"]),
        # what an act is against is its title as what it is about («против», "against"); not a vote against an act
        ("Россия присоединилась к Конвенции против пыток в 1987 году, а депутаты выступили против закона.",
         ["Конвенция против пыток"]),
        ("States signed the Inter-American Convention against Corruption in 1996 and voted against the Treaty. "
         "They relied on the Directive against discrimination of old age.",
         ["Inter-American Convention against Corruption"]),
        # a possessive inside an English title goes on with it; the act's own provision after one ends it
        ("They signed the Declaration on Women's Rights and the Moscow Declaration on BRICS Countries' S&T "
         "Cooperation; the Treaty on the Functioning of the EU's Article 101 applies.",
         ["Declaration on Women's Rights", "Moscow Declaration on BRICS Countries' S&T Cooperation",
          "Treaty on the Functioning of the EU"]),
        # an ordinal before the kind word says which act of a series; a sentence's first word is a step
        ("Challenges on First Amendment grounds failed, while the Fourteenth Amendment stood. First Protocol tests "
         "were run in May.", ["First Amendment", "Fourteenth Amendment"]),
        ("Иски по Первой поправке отклонены, а Четырнадцатая поправка устояла. Первые протокольные тесты прошли в мае.",
         ["Первая поправка", "Четырнадцатая поправка"]),
    ],
)
def test_where_a_title_ends(text: str, titles: list[str]) -> None:
    from helpers import shared_models

    from pipeline import analyze

    assert [t.title for t in analyze(text, models=shared_models()).treaties] == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [("Compliance with the GDPR is required for cross-border exchange of customs data.", "General Data Protection Regulation"),
     ("Персональные данные участников ВЭД защищает Общий регламент ЕС по защите персональных данных.",
      "Общий регламент по защите данных")],
)
def test_the_eu_data_protection_regulation_by_any_of_its_names(text: str, title: str) -> None:
    from helpers import shared_models

    from pipeline import analyze

    assert [t.title for t in analyze(text, models=shared_models()).treaties] == [title]


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # trade agreements by their short forms and their own kind words (arrangement, amendment, «поправка»)
        ("Clinton presided over approval of NAFTA. Quotas were phased out under the global Multi-Fiber Arrangement, "
         "and the Jackson-Vanik amendment was waived.", "en",
         ["North American Free Trade Agreement", "Multi-Fibre Arrangement", "Jackson–Vanik amendment"]),
        ("В рамках НАФТА тарифы снижены. Поправка Джексона-Вэника отменена в 2012 году.", "ru",
         ["Североамериканское соглашение о свободной торговле", "Поправка Джексона — Вэника"]),
    ],
)
def test_trade_agreements_by_short_forms_and_their_kind_words(models: Models, text: str, language: str,
                                                               titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language).treaties] == titles


@pytest.mark.parametrize(
    "text",
    [
        "Introduction\n\nTrade grew in the ports and at the borders of the Union, as the data of ten years show; the "
        "customs services share their risk profiles.\n\nB. Identification Strategy\n\nWe use the removal of quotas "
        "in 2005 as a natural experiment, comparing the exporters that held quotas with those that did not.",
        "Введение\n\nТорговля росла в портах и на границах Союза, как показывают данные за десять лет; таможенные "
        "службы обмениваются профилями рисков.\n\nБ. Стратегия идентификации\n\nИспользована отмена квот в 2005 году "
        "как естественный эксперимент: сравниваются экспортёры, которые имели квоты, и те, кто их не имел.",
    ],
)
def test_a_lettered_sections_heading_names_no_act(text: str) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).treaties == []


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a programme or a strategy is an act when a state adopted it or it runs to a year
        ("Работа выполнена в рамках Программы Президиума РАН «Поисковые исследования». Такая стратегия оправдана. "
         "Использованы данные Международной программы оценки образовательных достижений учащихся. Государственная "
         "программа «Развитие внешнеэкономической деятельности» выполнена.",
         ["Государственная программа «Развитие внешнеэкономической деятельности»"]),
        ("The work was funded by the Fundamental Research Program of RAS Presidium. Such a strategy is justified. "
         "The data of the Programme for International Student Assessment are used. The State Programme for the "
         "Development of Foreign Trade was adopted in 2014.", ["State Programme for the Development of Foreign Trade"]),
        # a registered body launched it
        ("Because of its complexity, the WCO launched a capacity building program called the Columbus Programme. "
         "The data of the Programme for International Student Assessment are used.", ["Columbus Programme"]),
        ("ВТамО запустила программу наращивания потенциала — Программу «Колумб». Использованы данные Международной "
         "программы оценки образовательных достижений учащихся.", ["Программа «Колумб»"]),
        # a concept or a doctrine of a state is a policy act like a strategy; a concept of a study is none
        ("Правительство утвердило Концепцию внешней политики Российской Федерации. Концепция исследования основана "
         "на теории игр, а концепция устойчивого развития известна.", ["Концепция внешней политики Российской Федерации"]),
    ],
)
def test_a_programme_or_strategy_a_state_did_not_adopt_is_no_act(text: str, titles: list[str]) -> None:
    from pipeline.analysis import analyze

    head = "Введение" if re.search("[а-я]", text) else "Introduction"
    assert [t.title for t in analyze(f"{head}\n\n{text}").treaties] == titles


@pytest.mark.parametrize(
    "text",
    ["Введение. Стратегия принята. Эта стратегия важна. Указанная программа выполнена.",
     "Introduction. The programme was adopted. This strategy matters; the Programme works."],
)
def test_a_programme_named_back_without_a_title_is_read_without_error(text: str) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).treaties == []


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # the solution of a problem, a law of nature: a kind word with a complement of common nouns only
        ("Прямого Решения обратной математической задачи не существует. Решение Коллегии Евразийской экономической "
         "комиссии от 2 декабря 2014 г. № 254 применяется.", ["Решение Коллегии Евразийской экономической комиссии № 254"]),
        ("В расчёте используется Закон сохранения энергии. Закон Российской Федерации «О таможенном тарифе» действует.",
         ["Закон Российской Федерации «О таможенном тарифе»"]),
        ("No direct Solution of the inverse problem exists. Commission Decision 2014/254/EU of 2 December 2014 applies.",
         ["Commission Decision 2014/254/EU"]),
        ("The calculation uses the Law of Conservation of Energy. The Law of the Russian Federation on the Customs "
         "Tariff applies.", ["Law of the Russian Federation on the Customs Tariff"]),
    ],
)
def test_a_solution_or_a_law_of_nature_is_no_act(text: str, titles: list[str]) -> None:
    from pipeline.analysis import analyze

    assert [t.title for t in analyze(text).treaties] == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Таможенные органы применяют Решение Комиссии Таможенного союза от 18 ноября 2010 г. № 454 при проверке "
         "деклараций.", "Решение Комиссии Таможенного союза № 454"),
        ("Правительство приняло постановление от 12 мая 2020 г. № 123 об утверждении правил ввоза товаров.",
         "Постановление № 123 об утверждении правил ввоза товаров"),
        ("Customs officers apply Federal Law No. 289-FZ of 3 August 2018 during the inspection of declarations.",
         "Federal Law No. 289-FZ"),
    ],
)
def test_after_its_number_an_acts_title_goes_on_only_about_something(text: str, title: str) -> None:
    from pipeline.analysis import analyze

    assert [t.title for t in analyze(text).treaties] == [title]


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("The Union Customs Code was laid down by Regulation (EU) No 952/2013 of the European Parliament and of the "
         "Council, which replaced Council Regulation (EEC) No 2913/92. Directive 2006/112/EC on VAT applies, and so "
         "does Commission Decision 2014/254/EU of 2 December 2014.",
         [("Union Customs Code", None), ("Regulation (EU) No 952/2013", "2013"), ("Council Regulation (EEC) No 2913/92", "1992"),
          ("Directive 2006/112/EC", "2006"), ("Commission Decision 2014/254/EU", "2014-12-02")]),
        ("Таможенный кодекс Союза утверждён Регламентом (ЕС) № 952/2013 Европейского парламента и Совета, который "
         "заменил Регламент Совета (ЕЭС) № 2913/92 от 12 октября 1992 года. Применяется и Директива 2006/112/ЕС.",
         [("Таможенный кодекс Союза", None), ("Регламент (ЕС) № 952/2013", "2013"),
          ("Регламент Совета (ЕЭС) № 2913/92", "1992-10-12"), ("Директива 2006/112/ЕС", "2006")]),
    ],
)
def test_union_acts_cited_by_their_number(text: str, acts: list[tuple[str, str | None]]) -> None:
    """Acts of the European Union by their numbers, in both languages; the year a number holds, or the
    date written after it. Two registered acts with the same words are told apart by their wording."""
    from pipeline.analysis import analyze

    assert [(t.title, t.date) for t in analyze(text).treaties] == acts


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("The 'Schengen' and 'Dublin' agreements, both dating back to the mid-1980s and 1990s, are of central "
         "importance to this study.", ["Schengen agreement", "Dublin agreement"]),
        ("The Kyoto and Paris agreements set limits on emissions.", ["Kyoto agreement", "Paris Agreement"]),
        ("The Russian and Chinese laws differ a lot, as do the Russian and Kazakh agreements.", []),
        # a name ending in a short word that only looks like a people's adjective ("Ban")
        ("The Senate rejected the Land Mines and Comprehensive Test Ban Treaties.",
         ["Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and "
          "on their Destruction", "Comprehensive Nuclear-Test-Ban Treaty"]),
        ("Сенат отверг Оттавский и Парижский договоры.", ["Оттавский договор", "Парижский договор"]),
        ("Шенгенское и Дублинское соглашения, заключённые в 1985 и 1990 годах, имеют ключевое значение.",
         ["Шенгенское соглашение", "Дублинское соглашение"]),
        ("Страны ратифицировали положения Киотского и Парижского соглашений.", ["Киотское соглашение", "Парижское соглашение"]),
        ("Российское и белорусское законодательства различаются.", []),
    ],
)
def test_names_joined_before_a_plural_act_word_are_one_act_each(text: str, titles: list[str]) -> None:
    """Two names before one plural kind word, joined by "and"/«и», name two acts; a people's adjective
    ("Russian", «российское») names none."""
    from pipeline.analysis import analyze

    assert [t.title for t in analyze(text).treaties] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("The parliament passed Ukraine's Constitution in June 1996 and amended it later.", ["Constitution of Ukraine"]),
        # the country's name in any form finds the registered act
        ("Russia's Criminal Code punishes possession.", ["Criminal Code of the Russian Federation"]),
        ("Вопрос регулируется Конституцией Украины и Уголовным кодексом Российской Федерации.",
         ["Конституция Украины", "Уголовный кодекс Российской Федерации"]),
        ("The Customs Code of the Eurasian Economic Union and the Customs Convention on Containers regulate the "
         "movement of goods in the union.", ["Customs Code of the Eurasian Economic Union", "Customs Convention on Containers"]),
    ],
)
def test_a_countrys_act_by_its_possessive_and_two_acts_joined_by_and(text: str, titles: list[str]) -> None:
    """"Ukraine's Constitution" is the act of that country; «... и Уголовным кодексом ...» after an act
    opens another act rather than going on with the first one's title."""
    from pipeline.analysis import analyze

    assert [t.title for t in analyze(text).treaties] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("В 1975 году был подписан Хельсинский заключительный акт Совещания по безопасности и сотрудничеству в Европе.",
         ["Заключительный акт Совещания по безопасности и сотрудничеству в Европе"]),
        ("Акт проверки составлен инспектором. Составлен акт о таможенном досмотре товаров. Это был террористический акт.", []),
        ("In 1975 the Helsinki Final Act of the Conference on Security and Co-operation in Europe was signed.",
         ["Final Act of the Conference on Security and Co-operation in Europe"]),
    ],
)
def test_an_act_by_its_word_for_act_and_its_capitals(text: str, titles: list[str]) -> None:
    """«Заключительный акт ...» is an act; a customs inspection's «акт проверки» or «акт о досмотре» is a
    document of the procedure, and a «террористический акт» no act at all."""
    from pipeline.analysis import analyze

    assert [t.title for t in analyze(text).treaties] == titles


@pytest.mark.parametrize(
    ("text", "title", "date"),
    [
        ("Порядок определён. Решение Совета ЕЭК от 10.12.2001 № 871 «О реструктуризации сети учреждений» вступило в силу.",
         "Решение Совета ЕЭК № 871 о реструктуризации сети учреждений", "2001-12-10"),
        ("Порядок определён. Постановление Правительства РФ от 10 декабря 2001 г. № 871 «О реструктуризации сети "
         "учреждений» вступило в силу.", "Постановление Правительства РФ № 871 о реструктуризации сети учреждений",
         "2001-12-10"),
        ("The procedure is set. Decision of the EEC Council No. 871 of 10 December 2001 \"On the Restructuring of the "
         "Network\" entered into force.", "Decision of the EEC Council No. 871", "2001-12-10"),
    ],
)
def test_an_act_cited_by_issuer_date_number_and_title(text: str, title: str, date: str) -> None:
    """The usual citation of an act: its kind, its issuer, its date, its number and, in Russian, its
    quoted title («Решение Совета ЕЭК от ... № 871 «О ...»»); a text of one paragraph is all body."""
    from pipeline.analysis import analyze

    assert [(t.title, t.date) for t in analyze(text).treaties] == [(title, date)]


def test_a_title_word_that_opens_like_a_number_sign_goes_on() -> None:
    """"Nomenclature" opens with the letters of "No." but is a word of the title, not the act's number."""
    from pipeline.analysis import analyze

    text = ("The Council shall establish a Nomenclature Committee as provided in the Convention on Nomenclature "
            "for the Classification of Goods in Customs Tariffs and a Valuation Committee.")
    assert [t.title for t in analyze(text).treaties] == ["Convention on Nomenclature for the Classification of Goods in Customs Tariffs"]



@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # a country's name in apposition after «Республики» goes on the title
        ("Налоговый кодекс Республики Казахстан вступил в силу. Закон Республики Беларусь «О таможенном "
         "регулировании» принят в 2014 году.", "ru",
         ["Налоговый кодекс Республики Казахстан", "Закон Республики Беларусь «О таможенном регулировании»"]),
        # an act named with and without its country is one act, where only one of that name names a country
        ("Assault (Art. 116 of the Criminal Code of Russia) was reframed. The Criminal Code was amended in 2016, "
         "and Article 158 of the Criminal Code changed.", "en", ["Criminal Code of the Russian Federation"]),
        ("The Criminal Code of Russia and the Criminal Code of Ukraine differ; Article 158 of the Criminal Code "
         "applies here.", "en", ["Criminal Code of the Russian Federation", "Criminal Code of Ukraine", "Criminal Code"]),
    ],
)
def test_acts_of_a_country_named_in_apposition_and_without_it(models: Models, text: str, language: str,
                                                             titles: list[str]) -> None:
    article = _run(text, models, language=language)
    assert [t.title for t in article.treaties if t.part_of is None] == titles


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("The main goal of the European Union's Regional Programme is to reduce regional disparities.", "Regional Programme"),
        ("Система управления знаниями формируется в соответствии с Программой Госкорпорации «Росатом».",
         "Программа Госкорпорации"),
    ],
)
def test_a_scholarly_articles_programme_is_a_policy_not_an_act(text: str, programme: str) -> None:
    """A programme a scholarly article discusses is no legal act; a news text's programme stays one."""
    from pipeline.analysis import analyze

    scholarly = analyze(f"Introduction\n\n{text}\n\nReferences\n\n1. Smith J. Trade. London, 2015.\n\n"
                        "2. Jones K. Law. Oxford, 2019.\n")
    news = analyze(text)
    assert not any(programme in t.title for t in scholarly.treaties)
    assert any(programme in t.title for t in news.treaties)


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # a country's constitution and codes named by its adjective or its name after, in lower case
        ("В соответствии с грузинской конституцией, если кандидат не набрал половины голосов, назначается "
         "второй тур. Его обвинили по статье 283 уголовного кодекса России.", "ru",
         ["Грузинская конституция", "Уголовный кодекс Российской Федерации"]),
        ("The Georgian constitution requires a runoff when no candidate wins half of the votes.", "en",
         ["Georgian constitution"]),
        # «Конституция» alone inside a sentence is the country's, one act with its full naming
        ("Мы помним, какую роль в создании Конституции сыграл первый президент. Статья 31 Конституции Российской "
         "Федерации гарантирует право на собрания.", "ru", ["Конституция Российской Федерации"]),
        ("Under the Constitution, the president serves six years. Article 31 of the Constitution of the Russian "
         "Federation guarantees the right of assembly.", "en", ["Constitution of the Russian Federation"]),
        # a resolution known by its bare number
        ("Совет Безопасности ООН принял резолюцию 1973 по Ливии.", "ru", ["Резолюция 1973"]),
        ("The Security Council adopted Resolution 1973 on Libya.", "en", ["Resolution No. 1973"]),
        # the number after the name of the assembly that gave it; an order known by its number
        ("Резолюция Совета Безопасности ООН 2231 одобрила сделку. Резолюция Генассамблеи ООН 2015 года осуждает "
         "аннексию.", "ru", ["Резолюция Совета Безопасности ООН 2231"]),
        ("The sanctions follow Executive Order 13846 and Executive Order 14024.", "en",
         ["Executive Order No. 13846", "Executive Order No. 14024"]),
        # a protocol or a code named by an adjective of its place or its field opens a sentence
        ("Киотский протокол истекает в 2012 году, а Налоговый кодекс изменён.", "ru",
         ["Киотский протокол", "Налоговый кодекс"]),
    ],
)
def test_a_countrys_own_acts_and_numbered_resolutions(models: Models, text: str, language: str,
                                                      titles: list[str]) -> None:
    article = _run(text, models, language=language)
    assert [t.title for t in article.treaties if t.part_of is None] == titles


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Парламент Киргизии принял новую конституцию. Новый закон вступит в силу с 1 января. "
         "Резолюция 2011 года осуждает нарушения.", "ru"),
        ("The parliament adopted a new constitution. The new law enters into force on 1 January.", "en"),
    ],
)
def test_a_constitution_or_law_of_no_country_named_is_no_act(models: Models, text: str, language: str) -> None:
    """A constitution told by its time («новую», "new"), not its country, names no act."""
    assert _run(text, models, language=language).treaties == []


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Основаниями служат «Декларация о намерениях инвестирования в строительство энергоблоков №1 и №2 Северской "
         "АЭС» и «Генеральная схема размещения объектов электроэнергетики до 2020 г.», утвержденная распоряжением "
         "Правительства Российской Федерации от 22 февраля 2008 г. № 215-р. Энергетическая стратегия России на "
         "период до 2020 г. и Энергетическая стратегия России на период до 2030 г. различаются.",
         ["Декларация о намерениях инвестирования в строительство энергоблоков №1 и №2 Северской АЭС",
          "Генеральная схема размещения объектов электроэнергетики до 2020 г.",
          "Распоряжение Правительства Российской Федерации № 215-р",
          "Энергетическая стратегия России на период до 2020 г.", "Энергетическая стратегия России на период до 2030 г."]),
        ("The grounds are the “Declaration of Intent to Invest in Power Units No. 1 and No. 2 of the Seversk NPP” "
         "and the “General Scheme for the Location of Power Facilities until 2020”, approved by Government Order "
         "No. 215-r of 22 February 2008. The Energy Strategy of Russia until 2020 and the Energy Strategy of Russia "
         "until 2030 differ.",
         ["Declaration of Intent to Invest in Power Units No. 1 and No. 2 of the Seversk NPP",
          "General Scheme for the Location of Power Facilities until 2020", "Government Order No. 215-r",
          "Energy Strategy of Russia until 2020", "Energy Strategy of Russia until 2030"]),
    ],
)
def test_titles_in_quotes_documents_an_act_approved_and_horizons(text: str, titles: list[str]) -> None:
    """A title in quotes opening with its kind word runs to its closing quote; a document in quotes an
    act approved is an act whatever its word; strategies to different years are different acts; a
    paragraph citing acts by number is prose, not a reference."""
    from pipeline.analysis import analyze

    assert [t.title for t in analyze(text).treaties] == titles


@pytest.mark.parametrize(
    ("text", "programme"),
    [
        ("В России принята Федеральная целевая программа (ФЦП) «Развитие атомного энергопромышленного комплекса "
         "России на 2007–2010 годы и на перспективу до 2015 года».",
         "Федеральная целевая программа «Развитие атомного энергопромышленного комплекса России на 2007–2010 годы "
         "и на перспективу до 2015 года»"),
        ("Russia adopted the Federal Target Programme “Development of the Nuclear Power Industry of Russia for "
         "2007–2010 and until 2015”.",
         'Federal Target Programme "Development of the Nuclear Power Industry of Russia for 2007–2010 and until 2015"'),
    ],
)
def test_a_programmes_title_in_quotes_after_its_letters_is_its_own(text: str, programme: str) -> None:
    """«Федеральная целевая программа (ФЦП) «...»»: the letters in brackets, then the title in quotes."""
    from pipeline.analysis import analyze

    assert [t.title for t in analyze(text).treaties] == [programme]


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("Главы государств разработали Стратегию деятельности блока по таможенному сотрудничеству до 2025 года. "
         "Стратегия развития до 2030 г. принята компанией.", "ru",
         ["Стратегия деятельности блока по таможенному сотрудничеству до 2025 года"]),
        ("The heads of state drafted the Strategy of the Bloc for Customs Cooperation until 2025. A development "
         "strategy until 2030 was adopted by the company.", "en", ["Strategy of the Bloc for Customs Cooperation until 2025"]),
    ],
)
def test_a_horizon_makes_an_act_of_a_strategy_its_words_tell_apart(models: Models, text: str, language: str,
                                                                    titles: list[str]) -> None:
    """A strategy named by its field and its horizon is an act; «Стратегия развития до 2030 г.» opening a
    sentence describes one."""
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


def test_a_code_of_an_older_state_is_not_its_successors(models: Models) -> None:
    """«Гражданский кодекс РСФСР» is not the Russian Federation's code, whatever the country file lists."""
    article = _run("Суд применил ГК РФ и Гражданский кодекс РСФСР 1964 года, а также Уголовный кодекс России.", models)
    assert [t.title for t in article.treaties] == [
        "Гражданский кодекс Российской Федерации", "Гражданский кодекс РСФСР", "Уголовный кодекс Российской Федерации"]


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("По договору между двумя странами о нефтепроводе от 2009 года Китай получает нефть.", "ru",
         ["Договор о нефтепроводе"]),
        ("Under the agreement between the two countries on the oil pipeline of 2009, China receives oil.", "en",
         ["Agreement between the two countries on the oil pipeline"]),
        # companies' contracts: what follows the parties is no title
        ("Были подписаны соглашения между управляющей компанией Российско-сингапурского делового совета ООО "
         "«Торговый дом «РСДС» и холдингом «Российская электроника».", "ru", []),
    ],
)
def test_parties_named_by_no_name_are_passed_over(models: Models, text: str, language: str, titles: list[str]) -> None:
    """«между двумя странами», "between the two countries" name no party: the title and the date after
    them still make the act."""
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("Стороны подписали межправительственное соглашение о взаимной отмене виз, а затем обсуждали соглашение о "
         "сотрудничестве.", "ru", ["Межправительственное соглашение о взаимной отмене виз"]),
        ("The two states signed an intergovernmental agreement on visa-free travel last week and discussed an "
         "agreement on cooperation.", "en", ["Intergovernmental agreement on visa-free travel"]),
    ],
)
def test_an_agreement_between_states_about_something_is_an_act(models: Models, text: str, language: str,
                                                               titles: list[str]) -> None:
    """«межправительственное», "intergovernmental": an agreement between states, named by what it is
    about; an agreement about something with nothing more is none."""
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("В марте Армения и Иран подписали соглашение о временной зоне свободной торговли.", "ru",
         ["Соглашение о временной зоне свободной торговли"]),
        ("Действует также протокол о взаимном признании сертификатов, подписанный правительством Казахстана.", "ru",
         ["Протокол о взаимном признании сертификатов"]),
        ("Вступило в силу подписанное Арменией и Грузией двустороннее решение по вопросам транзита.", "ru",
         ["Двустороннее решение по вопросам транзита"]),
        # a company's contract, and a decision nobody signed, are none
        ("Компания «Ромашка» подписала договор о поставке зерна. Стороны обсудили решение по вопросам тарифов.", "ru", []),
        ("In March Armenia and Iran signed an agreement on a temporary free trade zone.", "en",
         ["Agreement on a temporary free trade zone"]),
        ("A protocol on mutual recognition of certificates adopted by the government of Kazakhstan is in force.", "en",
         ["Protocol on mutual recognition of certificates"]),
        ("The company signed an agreement on supplies. The parties discussed a decision on tariffs.", "en", []),
        # an intention to sign is no act yet
        ("The government intends to sign an agreement on free trade.", "en", []),
    ],
)
def test_an_act_in_small_letters_that_states_signed_is_an_act(models: Models, text: str, language: str,
                                                              titles: list[str]) -> None:
    """An agreement, a protocol or a decision in small letters with what it is about is an act where a state
    (by its name) or a state's organ signs or adopts it, before it or after its title; not a company's contract."""
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("Об этом говорится в распоряжении президента РФ Дмитрия Медведева. Депутаты внесли законопроект о переезде "
         "Конституционного суда в Петербург. Закон Ципфа описывает частоты слов.", "ru",
         ["Распоряжение президента РФ Дмитрия Медведева", "Законопроект о переезде Конституционного суда в Петербург"]),
        # a bill by its subject after «по», not by how or why it came («по итогам», «по инициативе»)
        ("Президент внёс законопроект по особому правовому режиму инновационного центра. Депутаты обсудили "
         "законопроект по итогам заседания. Дума приняла закон по аналогии с прошлым годом.", "ru",
         ["Законопроект по особому правовому режиму инновационного центра"]),
        ("This is stated in the Order of President Dmitry Medvedev. Zipf's Law describes word frequencies.", "en",
         ["Order of President Dmitry Medvedev"]),
    ],
)
def test_an_order_by_its_issuer_and_a_bill_by_its_subject(models: Models, text: str, language: str,
                                                          titles: list[str]) -> None:
    """An order, a decree or a resolution its issuer's name makes one act; a bill named by what it is
    about; a law named after a person is a law of nature."""
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("Постановление Президиума ВАС РФ № 207/04 подтвердило позицию истца. Постановление Пленума Верховного Суда "
         "РФ № 5 о судебной практике применяется.", "ru",
         ["Постановление Пленума Верховного Суда РФ № 5 о судебной практике"]),
        ("The Decision of the Court of Justice No. C-123/18 of 2019 was final, while the Resolution of the Plenum of "
         "the Supreme Court No. 5 on judicial practice still applies.", "en",
         ["Resolution of the Plenum of the Supreme Court No. 5"]),
    ],
)
def test_a_courts_ruling_on_a_case_is_no_act(models: Models, text: str, language: str, titles: list[str]) -> None:
    """A court's decision with a case's number is its ruling on the case; a plenum's decree on the
    practice of the courts stays an act."""
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        ("Оба инструмента заимствованы из практики. Рамочные стандарты безопасности и облегчения мировой торговли "
         "Всемирной таможенной организации впервые приняты в 2005 году.", "ru",
         "Рамочные стандарты безопасности и облегчения мировой торговли"),
        ("Quotas were set under the Arrangement Regarding International Trade in Textiles until 1994.", "en",
         "Multi-Fibre Arrangement"),
    ],
)
def test_a_registered_acts_whole_title_without_a_kind_word_names_it(models: Models, text: str, language: str,
                                                                    title: str) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == [title]


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("Узлы используют протокол LoRa и протоколы MQTT, а Киотский протокол истекает.", "ru", ["Киотский протокол"]),
        ("Components use a combination of TCP/MQTT and LoRa protocols; the Kyoto and Montreal protocols differ.", "en",
         ["Kyoto Protocol", "Montreal protocol"]),
    ],
)
def test_a_networks_protocols_are_no_treaties(models: Models, text: str, language: str, titles: list[str]) -> None:
    """Letters of a network's protocol or a technical name with a capital inside ("LoRa") name no treaty."""
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # a term of the paper opening a sentence, written in small letters in the middle of others
        ("Протокол отрицаемого шифрования на основе кубических уравнений предложен в работе. Целью работы является "
         "разработка протокола отрицаемого шифрования с повышенной криптостойкостью. Объектом исследования является "
         "протокол отрицаемого шифрования.", "ru", []),
        ("Secure Aggregation Protocol for federated learning is described here. We implement a secure aggregation "
         "protocol on mobile devices, and the secure aggregation protocol tolerates dropouts.", "en", []),
        # an act the text also writes in small letters, opened by what it is about, stays an act
        ("Межправительственное соглашение о взаимной отмене виз вступило в силу. Россия и Израиль подписали "
         "межправительственное соглашение о взаимной отмене виз в 2008 году.", "ru",
         ["Межправительственное соглашение о взаимной отмене виз"]),
        ("The Kyoto Protocol is a protocol to the United Nations Framework Convention on Climate Change.", "en",
         ["Kyoto Protocol", "United Nations Framework Convention on Climate Change"]),
    ],
)
def test_a_term_in_small_letters_elsewhere_is_no_acts_title(models: Models, text: str, language: str,
                                                             titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # the letters of a title's capitalised words in the plural: the title names a kind of agreement
        ("Preferential Trade Agreement (PTA) is a pact that reduces tariffs. The number of PTAs has grown since "
         "the North American Free Trade Agreement entered into force in 1994.", ["North American Free Trade Agreement"]),
        ("Each Bilateral Investment Treaty protects investors. Most BITs were signed in the 1990s.", []),
        # letters no text writes in the plural leave the act
        ("The General Agreement on Tariffs and Trade (GATT) was signed in 1947.", ["General Agreement on Tariffs and Trade"]),
    ],
)
def test_a_title_whose_letters_the_text_counts_names_a_kind(models: Models, text: str, titles: list[str]) -> None:
    """English only: Russian letters have no plural ending to count them by (the small-letter test covers them)."""
    assert [t.title for t in _run(text, models, language="en").treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # a plural act word after a capitalised adjective, in any case
        ("Обама также поднимет тему нарушений Минских соглашений, — отметил Купчан.", "ru", ["Минские соглашения"]),
        # an adjective of a place the dictionary knows, in small letters, before a word for an arrangement:
        # the arrangements and the agreements of one place are one act
        ("Темой разговора станут минские соглашения. Исполнение минских договоренностей, которые были подписаны "
         "в начале февраля, под угрозой.", "ru", ["Минские соглашения"]),
        ("Министры подтвердили приверженность хельсинкской декларации и московским договорённостям.", "ru",
         ["Хельсинкская декларация", "Московские договорённости"]),
        # what the English NER tags as a law, its act word in small letters
        ("Ministers reaffirmed the Geneva conventions.", "en", ["Geneva Conventions"]),
    ],
)
def test_acts_named_after_a_place(models: Models, text: str, language: str, titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    "text",
    [
        # a country's adjective: any of its agreements
        "Эксперты обсудили российские соглашения и американские договоренности о поставках.",
        # an adjective of a field, and a quality
        "Обсуждались торговые договорённости и новые соглашения.",
    ],
)
def test_arrangements_named_by_no_place_are_no_acts(models: Models, text: str) -> None:
    assert _run(text, models).treaties == []


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a name the press gives an act, in quotes with its kind word
        ('Напомним, "антипиратский закон", запрещающий размещение нелегального контента, действует с 2013 года.',
         ["Антипиратский закон"]),
        # the year right after the word for an agreement between states
        ("Согласно соглашению 1855 года, Японии принадлежат острова.", ["Соглашение 1855 года"]),
        # «о» said once before two titles of a plural act word
        ("Путин подписал резонансные законы о защите чувств верующих и защите детей.",
         ["Закон о защите чувств верующих", "Закон о защите детей"]),
        # a pronoun's word is no part of a title
        ("Это распространяется на Закон о СМИ такого места, где вышла статья.", ["Закон о СМИ"]),
        # the kind word and its issuer's name name the act named in full before
        ("Ректоры не выполнили указ президента РФ Владимира Путина о повышении заработной платы преподавателей. "
         "Министр требует выполнять указ Путина.",
         ["Указ президента РФ Владимира Путина о повышении заработной платы преподавателей"]),
    ],
)
def test_russian_acts_the_press_names_without_a_full_title(models: Models, text: str, titles: list[str]) -> None:
    assert [t.title for t in _run(text, models).treaties] == titles


def test_the_year_of_an_agreement_is_its_date(models: Models) -> None:
    (act,) = _run("Согласно соглашению 1855 года, Японии принадлежат острова.", models).treaties
    assert act.year == 1855


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("In 2005, the Texas Legislature approved a program (HB 758) for county-level voting centres.", ["HB 758"]),
        ("H.R. 2 passed the House in May, and the Senate took it up.", ["H.R. 2"]),
        # a number printed before the bill's title is the title's: no act of its own
        ("Firms lobbied for H.R. 3045 (to Implement the Free Trade Agreement) in 2005.", []),
        ("The report lists H.R. 1749 / S. 1711 among the bills.", []),
        ("HR5557 to reduce temporarily the rate of duty on certain girls' shorts", []),
    ],
)
def test_bills_cited_by_their_number(models: Models, text: str, titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language="en").treaties if t.title in ("HB 758", "H.R. 2", "H.R. 3045", "H.R. 1749", "HR 5557")] == titles


@pytest.mark.parametrize(
    ("text", "language", "acts"),
    [
        # a kind's word written as another part of speech names no act ("Chartered" is no "charter")
        ("Standard Chartered and Barclays reported profits; the decided cases were ruled on. The Tariff Act of 1930 "
         "still applies.", "en", ["Tariff Act"]),
        ("Уставный капитал банка вырос, решённые вопросы закрыты. Таможенный кодекс ЕАЭС действует.", "ru",
         ["Таможенный кодекс Евразийского экономического союза"]),
    ],
)
def test_a_kinds_word_as_another_part_of_speech_names_no_act(text: str, language: str, acts: list[str],
                                                              models: Models) -> None:
    assert [t.title for t in _run(text, models, language).treaties] == acts


@pytest.mark.parametrize(
    ("text", "language", "acts"),
    [
        # a word capitalised for opening the sentence or a table's line, before the kind's word in small letters
        ("Provisional agreement was reached in March 2023. The Paris agreement was signed in 2015.\nCompany agreement\n"
         "Sector agreement\nThe Customs Code of the Union applies.", "en", ["Paris Agreement", "Customs Code of the Union"]),
        ("Предварительное соглашение было достигнуто в марте 2023 года.\nОтраслевое соглашение\nСоглашение о зоне "
         "свободной торговли между ЕАЭС и Вьетнамом вступило в силу.", "ru",
         ["Соглашение о зоне свободной торговли между ЕАЭС и Вьетнамом"]),
    ],
)
def test_a_kind_in_small_letters_after_a_sentences_first_word_names_no_act(text: str, language: str, acts: list[str],
                                                                            models: Models) -> None:
    assert [t.title for t in _run(text, models, language).treaties] == acts


@pytest.mark.parametrize(
    ("text", "language", "acts"),
    [
        # letters before "and" name another thing, not the first words of the act's title
        ("The link between the EU ETS and Kyoto Protocol was debated; the Tax Cut and Jobs Act passed.", "en",
         ["Kyoto Protocol", "Tax Cut and Jobs Act"]),
        ("Связь между СТВ ЕС и Киотским протоколом обсуждалась; Таможенный кодекс ЕАЭС действует.", "ru",
         ["Киотский протокол", "Таможенный кодекс Евразийского экономического союза"]),
    ],
)
def test_letters_before_and_are_no_part_of_an_acts_title(text: str, language: str, acts: list[str],
                                                          models: Models) -> None:
    assert [t.title for t in _run(text, models, language).treaties] == acts


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [("Duties were raised sharply (Smoot-Hawley Tariff Act, 1930: 12), as Congress wanted.", "en", "Smoot-Hawley Tariff Act"),
     ("Декларации подаются в электронной форме (Таможенный кодекс ЕАЭС, 2017: 104), как требует союз.", "ru",
      "Таможенный кодекс Евразийского экономического союза")],
)
def test_an_act_cited_in_brackets_by_its_year_and_section_is_an_act(text: str, language: str, act: str,
                                                                     models: Models) -> None:
    assert act in [t.title for t in _run(text, models, language).treaties]


def test_an_acts_title_with_its_letters_joined_by_a_hyphen_or_in_capitals_is_one_act(models: Models) -> None:
    text = ("The law arising from the EC treaty itself is distinct. As the EC-Treaty says (art. 249), directives bind "
            "member states. The EC-TREATY (art. 141) forbids such pay gaps.\n")
    acts = [t for t in _run(text, models, "en").treaties if not t.part_of]
    assert len(acts) == 1 and acts[0].title.lower().replace("-", " ") == "ec treaty", [(t.title, t.aliases) for t in acts]


def test_letters_joined_to_a_word_are_two_words_of_a_title_and_a_russian_compound_one(models: Models) -> None:
    from pipeline.facts.acts.lexicon import key
    assert key("EC-Treaty", models.morph) == key("EC treaty", models.morph) == key("EC-TREATY", models.morph)
    assert key("ЕАЭС-Договор", models.morph) == key("Договор ЕАЭС", models.morph)
    assert "социально-экономический" in key("социально-экономический договор", models.morph)


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # a code that names its field is an act, though no registry holds it
        ("Since then the Internal Revenue Code and the Estonian Banking Code were amended, and the German Civil Code "
         "followed in 2002.", "en", ["Internal Revenue Code", "Estonian Banking Code", "German Civil Code"]),
        ("С тех пор изменены Налоговый кодекс и Банковский кодекс Эстонии, а в 2002 году и Гражданский кодекс Германии.",
         "ru", ["Налоговый кодекс", "Банковский кодекс Эстонии", "Гражданский кодекс Германии"]),
        # rules and regulations under one capitalised title are one act each
        ("The office administers the Iraqi Sanctions Regulations and the Cuban Assets Control Regulations, and the "
         "Federal Rules of Criminal Procedure apply to its cases.", "en",
         ["Iraqi Sanctions Regulations", "Cuban Assets Control Regulations", "Federal Rules of Criminal Procedure"]),
        ("Водитель нарушил Правила дорожного движения, а таможня применяет Правила определения происхождения товаров.",
         "ru", ["Правила дорожного движения", "Правила определения происхождения товаров"]),
    ],
)
def test_codes_by_their_field_and_rules_under_their_title_are_acts(text: str, language: str, titles: list[str],
                                                                    models: Models) -> None:
    assert sorted(t.title for t in _run(text, models, language).treaties) == sorted(titles)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Taylor Rule and the Golden Rule differ, and the trade rules and regulations of the club change. Python "
         "Code is short.", "en"),
        ("Эти правила игры известны всем, а правила торговли меняются; Правила хорошего тона не закон.", "ru"),
    ],
)
def test_rules_of_a_game_and_a_program_code_are_no_acts(text: str, language: str, models: Models) -> None:
    assert _run(text, models, language).treaties == []


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # another body's letters before a title name the same act; "accord" stands for "agreement"
        ("Countries signed the Paris Agreement in 2015. The UNFCCC Paris Agreement sets targets, and the Paris "
         "accord was praised.", "en", ["Paris Agreement"]),
        ("Соглашение по сельскому хозяйству ограничивает субсидии. Россия выполняет Соглашение ВТО по сельскому "
         "хозяйству с 2012 года.", "ru", ["Соглашение по сельскому хозяйству"]),
        # two acts whose titles differ by more than the letters stay two
        ("The Kyoto Protocol expired, and the Paris Agreement replaced it.", "en", ["Kyoto Protocol", "Paris Agreement"]),
    ],
)
def test_one_act_named_with_another_bodys_letters_or_a_word_for_its_kind(models: Models, text: str, language: str,
                                                                         titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # a short title that opens a longer one before what it is about is the longer one's
        ("The Paris Convention for the Protection of Industrial Property protects marks. Under the Paris Convention, "
         "members register them.", "en", ["Paris Convention for the Protection of Industrial Property"]),
        ("Парижская конвенция по охране промышленной собственности защищает знаки. Согласно Парижской конвенции, "
         "страны регистрируют их.", "ru", ["Парижская конвенция по охране промышленной собственности"]),
        # two titles that share only their first words stay two
        ("The General Agreement on Tariffs and Trade and the General Agreement on Trade in Services differ.", "en",
         ["General Agreement on Tariffs and Trade", "General Agreement on Trade in Services"]),
    ],
)
def test_a_short_title_opening_a_longer_one_is_the_same_act(models: Models, text: str, language: str,
                                                            titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a possessive is no plural: the act stays
        ("The International Emergency Economic Powers Act (IEEPA) expanded the powers. IEEPA's reach grew.",
         ["International Emergency Economic Powers Act"]),
    ],
)
def test_a_possessive_of_an_acts_letters_is_no_plural(models: Models, text: str, titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language="en").treaties] == titles


def test_letters_and_a_kind_word_open_no_longer_title(models: Models) -> None:
    """"EC Directive" opens many directives' titles: it names none of them."""
    text = ("Employers rely on the EC Directive concerning old-age discrimination. Article 7 of the EC Directive on "
            "working time allows the transfer of vacation.")
    acts = _run(text, models, language="en").treaties
    assert not any("EC Directive" in t.aliases for t in acts), [(t.title, t.aliases) for t in acts]


@pytest.mark.parametrize(
    ("text", "language", "title", "alias"),
    [
        # another name in brackets after the act's year and "the"
        ("Congress enacted the Foreign Narcotics Kingpin Designation Act of 1999 (the Kingpin Act), which widened the "
         "powers of the President.", "en", "Foreign Narcotics Kingpin Designation Act", "Kingpin Act"),
        ("Федеральный закон от 27.11.2010 № 311-ФЗ «О таможенном регулировании в Российской Федерации» (далее – Закон "
         "о таможенном регулировании) утратил силу.", "ru", "Федеральный закон «О таможенном регулировании в Российской "
         "Федерации»", "Закон о таможенном регулировании"),
    ],
)
def test_a_name_in_brackets_after_the_year_is_another_name_of_the_act(models: Models, text: str, language: str,
                                                                     title: str, alias: str) -> None:
    acts = _run(text, models, language=language).treaties
    assert [t.title for t in acts] == [title]
    assert alias in acts[0].aliases


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        # letters and the words they stand for, a prefix written apart or joined, letters with dots
        ("Many Democrats opposed the Korea–United States FTA in 2007. The UAW later supported the U.S.-Korea Free Trade "
         "Agreement.", "en", 1),
        ("The Anti-Dumping Agreement is known as the \"Anti- Dumping Agreement\". The Anti Dumping Agreement binds members.",
         "en", 1),
        # an act between two countries named by its kind word in small letters is the one act the text names between them
        ("Many Democrats opposed the Korea–United States FTA. They found the terms of the Korea–United States treaty "
         "unfavorable to labor unions.", "en", 1),
        ("Соглашение между Вьетнамом и Россией о торговле работает с 2016 года. Россия и Вьетнам продлили соглашение "
         "между Россией и Вьетнамом.", "ru", 1),
        # two acts between the same countries: the kind word alone names neither
        ("The Korea–United States FTA and the Korea–United States Tax Convention were signed. The Korea–United States "
         "treaty was debated.", "en", 3),
    ],
)
def test_one_act_in_its_other_spellings(models: Models, text: str, language: str, count: int) -> None:
    assert len(_run(text, models, language=language).treaties) == count


def test_an_adverb_opening_a_sentence_is_no_part_of_a_title(models: Models) -> None:
    text = "Позднее договор между Россией и Белоруссией дополнили новые соглашения. Новый закон принят."
    titles = [t.title for t in _run(text, models).treaties]
    assert titles and not any("Позднее" in t for t in titles)


def test_an_act_between_two_countries_is_not_a_generic_kind_of_acts(models: Models) -> None:
    text = ("A Free Trade Agreement removes tariffs between its parties. The most common ones today are NAFTA and the US "
            "Australian FTA.")
    assert "US Australian FTA" in [t.title for t in _run(text, models, language="en").treaties]


def test_a_russian_title_ends_before_the_plural_subject_of_the_next_verb(models: Models) -> None:
    # (a Russian case only: an English title goes on over capitalised words alone)
    text = "Согласно Соглашению ВТО об упрощении процедур торговли таможни сотрудничают. Договоры стран действуют."
    assert [t.title for t in _run(text, models).treaties] == ["Соглашение по упрощению процедур торговли"]
    aliases = _run(text, models).treaties[0].aliases
    assert "Соглашение ВТО об упрощении процедур торговли" in aliases


@pytest.mark.parametrize(
    ("text", "language", "title"),
    [
        # what an act is about, after its number and its date
        ("Decision No. 54 of 16 July 2012 on the Common Customs Tariff was adopted.", "en",
         "Decision No. 54 on the Common Customs Tariff"),
        ("The Federal Law No. 289-FZ on Customs Regulation took effect in 2019.", "en",
         "Federal Law No. 289-FZ on Customs Regulation"),
        ("Федеральный закон № 289-ФЗ о таможенном регулировании вступил в силу.", "ru",
         "Федеральный закон № 289-ФЗ о таможенном регулировании"),
    ],
)
def test_what_an_act_is_about_after_its_number(models: Models, text: str, language: str, title: str) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == [title]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year in the genitive right after a Russian title is its date, and ends it (not a horizon: «до 2030 года»)
        ("Договор о Евразийском экономическом союзе 2014 года вступил в силу, как и Стратегия развития таможенной "
         "службы до 2030 года.", [("Договор о Евразийском экономическом союзе", "2014"),
                                  ("Стратегия развития таможенной службы Российской Федерации до 2030 года", None)]),
        # a naming of two words inside a longer title of the same kind and year is that act
        ("The Stability Pact of 1997 failed. The Stability and Growth Pact (1997) set deficit rules, unlike the "
         "Trade Act of 1974 and the Trade Reform Act of 1962.",
         [("Stability and Growth Pact", "1997"), ("Trade Act", "1974"), ("Trade Reform Act", "1962")]),
        ("Пакт стабильности 1997 года не работал. Пакт стабильности и роста 1997 года ввёл правила.",
         [("Пакт стабильности и роста", "1997")]),
    ],
)
def test_an_acts_year_tells_its_namings_together(text: str, expected: list[tuple[str, str | None]]) -> None:
    from helpers import shared_models

    from pipeline import analyze

    assert [(t.title, t.date) for t in analyze(text, models=shared_models()).treaties] == expected


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        # one act between states named by their joined adjective and by their names
        ("Министры рассмотрят подготовку российско-казахстанского межправительственного соглашения о взаимном "
         "признании виз. Соглашение о взаимном признании виз между Казахстаном и Россией подпишут в декабре.", "ru",
         ["Соглашение о взаимном признании виз между Казахстаном и Россией"]),
        ("The Russia–Kazakhstan Intergovernmental Agreement on Mutual Recognition of Visas was discussed. The "
         "Agreement on Mutual Recognition of Visas between Kazakhstan and Russia may be signed.", "en",
         ["Agreement on Mutual Recognition of Visas between Kazakhstan and Russia"]),
        # a programme by the period it runs for
        ("Целью визита является подписание программы согласованных действий в области таможенной политики Союзного "
         "государства на 2024—2026 годы.", "ru",
         ["Программа согласованных действий в области таможенной политики Союзного государства на 2024—2026 годы"]),
        # words quoted about an act are no title of it
        ("Как пояснил министр, это соглашение «призвано создать правовую основу для транзита».", "ru", []),
        ('As the minister explained, this agreement "is meant to create a legal basis for transit".', "en", []),
    ],
)
def test_namings_of_acts_between_states_and_for_a_period(models: Models, text: str, language: str,
                                                         titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # words a comma lists in a title up to «и» / "and" and the last one; not the parties of the sentence after it
        ("Стороны подписали Соглашение о торговле, транзите и таможенном сотрудничестве. Соглашение о торговле, "
         "Россия и Китай обсуждали долго.",
         ["Соглашение о торговле, транзите и таможенном сотрудничестве", "Соглашение о торговле"]),
        ("They agreed on an Agreement on Reciprocal, Fair, and Balanced Trade. The Agreement on Trade, Russia and China "
         "discussed long.", ["Agreement on Reciprocal, Fair, and Balanced Trade", "Agreement on Trade"]),
        # a kind after an indefinite article names no act unless a state signs it; a directive named by its own words does
        ("The treaty is similar to an additional protocol to the AC, while the EU applies the Corporate Sustainability "
         "Due Diligence Directive, not just any EU Directive.", ["Corporate Sustainability Due Diligence Directive"]),
        ("In 2014 an agreement on the termination of the Eurasian Economic Community was signed in Minsk.",
         ["Agreement on the termination of the Eurasian Economic Community"]),
        # "creating", like "establishing", opens what a treaty sets up
        ("In 1979 the treaty creating the Court of Justice was signed.", ["Treaty creating the Court of Justice"]),
        ("В 1979 году был подписан договор об учреждении Суда Сообщества.", ["Договор об учреждении Суда Сообщества"]),
    ],
)
def test_titles_a_comma_lists_kinds_and_named_directives(text: str, titles: list[str]) -> None:
    from pipeline.analysis import analyze

    assert [t.title for t in analyze(text).treaties] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # a union of states signs acts as a state does, and an agreement "with" one names its party
        ("In 2004 the Andean Community signed a cooperation agreement with Mercosur; the bank has an agreement with "
         "its clients.", ["Agreement with Mercosur"]),
        ("ЕАЭС и АСЕАН подписали меморандум о сотрудничестве, а банк заключил договор о вкладе.",
         ["Меморандум о сотрудничестве"]),
        ("На курорте было подписано соглашение с властями РФ о сотрудничестве в сфере транспорта, а банк заключил "
         "договор с клиентом о вкладе.", ["Соглашение о сотрудничестве в сфере транспорта"]),
    ],
)
def test_unions_of_states_sign_acts(text: str, titles: list[str]) -> None:
    from pipeline.analysis import analyze

    assert [t.title for t in analyze(text).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("Norway is party to the Agreement on the European Economic Area (EEA). The EEA Agreement was signed in 1992. "
         "The Convention establishing the European Free Trade Association (EFTA) was signed in 1960. The EFTA "
         "Convention allows only states to join.", "en",
         ["Agreement on the European Economic Area", "Convention establishing the European Free Trade Association"]),
        ("Норвегия участвует в Соглашении о Европейском экономическом пространстве (ЕЭП). Соглашение о ЕЭП подписано в "
         "1992 году. Конвенция об учреждении Европейской ассоциации свободной торговли (ЕАСТ) подписана в 1960 году. "
         "Конвенция ЕАСТ разрешает вступать только государствам.", "ru",
         ["Соглашение о Европейском экономическом пространстве", "Конвенция об учреждении Европейской ассоциации "
                                                                 "свободной торговли"]),
    ],
)
def test_an_act_named_by_letters_the_text_spells_out_is_the_act_that_spells_them(
        models: Models, text: str, language: str, titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == titles


@pytest.mark.parametrize(("text", "titles"), [
    ("Partner | Nations | Name | Signed\n\nSwitzerland | 4 | EFTA–Gulf Cooperation Council Free Trade Agreement | 22 June 2009\n"
     "Singapore | 1 | Gulf Cooperation Council–Singapore Free Trade Agreement | 15 December 2008\n",
     ["EFTA–Gulf Cooperation Council Free Trade Agreement", "Gulf Cooperation Council–Singapore Free Trade Agreement"]),
    ("Партнёр | Соглашение | Подписано\n\nСингапур | Соглашение о свободной торговле между ССАГПЗ и Сингапуром | "
     "15 декабря 2008\n", ["Соглашение о свободной торговле между ССАГПЗ и Сингапуром"]),
])
def test_acts_in_rows_of_cells_keep_the_capitals_of_their_names(text: str, titles: list[str]) -> None:
    from pipeline import analyze

    assert [t.title for t in analyze(text).treaties] == titles


@pytest.mark.parametrize(("text", "titles"), [
    ("Теперь подписания протокола с США можно ожидать в октябре. Россия подписала протокол с Китаем в 2004 году. "
     "Мы намерены подписать протокол с Японией.", ["Протокол с США", "Протокол с Китаем"]),
    ("The signing of the protocol with the United States is now expected in October. Russia signed a protocol with "
     "China in 2004.", ["Protocol with the United States", "Protocol with China"]),
    ("Вчера был подписан протокол между Россией и Казахстаном. Через месяц был подписан протокол между Россией и "
     "Китаем.", ["Протокол между Россией и Казахстаном", "Протокол между Россией и Китаем"]),
])
def test_an_act_its_kind_and_its_parties_name_is_told_apart_by_them(text: str, titles: list[str]) -> None:
    from pipeline import analyze

    assert [t.title for t in analyze(text).treaties] == titles


@pytest.mark.parametrize(
    ("text", "language", "titles"),
    [
        ("США будут обсуждать торговлю и с участниками Транстихоокеанского партнёрства, заявил Трамп.", "ru",
         ["Транстихоокеанское партнёрство"]),
        ("Переговоры о Трансатлантическом торговом и инвестиционном партнёрстве зашли в тупик.", "ru",
         ["Трансатлантическое торговое и инвестиционное партнёрство"]),
        ("Talks on the Regional Comprehensive Economic Partnership ended, and Ukraine joined the Deep and "
         "Comprehensive Free Trade Area.", "en",
         ["Regional Comprehensive Economic Partnership", "Deep and Comprehensive Free Trade Area"]),
        ("The Economic Prosperity Deal with the United Kingdom is a step forward, unlike the New Deal.", "en",
         ["Economic Prosperity Deal"]),
        # a capital that opens the sentence, and a partnership of no trade, name no arrangement
        ("Стратегическое партнёрство России и Китая крепнет, сказал министр.", "ru", []),
        ("The Global Partnership for Education met, and its Strategic Partnership grew.", "en", []),
    ],
)
def test_a_trade_arrangement_named_as_a_partnership_or_an_area_is_an_agreement(
        models: Models, text: str, language: str, titles: list[str]) -> None:
    article = _run(text, models, language=language)
    assert [(t.title, t.kind) for t in article.treaties] == [(title, "agreement") for title in titles]


@pytest.mark.parametrize("text", [
    "Компания приняла решение о введении новой системы оплаты труда.",
    "Решение Иванова о ремонте офиса одобрено советом директоров.",
    "Решение президента клуба о продаже игрока удивило болельщиков.",
])
def test_a_decision_no_state_makes_or_on_no_measure_is_no_act(models: Models, text: str) -> None:
    assert _run(text, models).treaties == []


@pytest.mark.parametrize(("text", "language", "titles"), [
    ("Talks failed, though the adoption of the Bali Ministerial Declaration in 2013 addressed barriers. Traders file a "
     "Single Goods Declaration.", "en", ["Bali Ministerial Declaration"]),
    ("Переговоры сорвались, хотя принятие Министерской декларации Бали в 2013 году сняло часть барьеров.", "ru",
     ["Министерская декларация Бали"]),
])
def test_a_declaration_of_ministers_is_an_act_a_document_type_is_none(models: Models, text: str, language: str,
                                                                       titles: list[str]) -> None:
    assert [t.title for t in _run(text, models, language=language).treaties] == titles

