"""Organisations: each once however written, in both languages; generic phrases are not organisations."""

import re
from pathlib import Path

import pytest
from helpers import context, make_article

from pipeline.facts.countries import extract_countries
from pipeline.facts.organisations.names import nominative
from pipeline.facts.organisations.people import not_bodies
from pipeline.facts.organisations.registry import load_registry
from pipeline.facts.organisations.resolve import extract_organisations
from pipeline.nlp.annotate import annotate
from pipeline.nlp.models import Models
from pipeline.nlp.morph import Morph
from pipeline.record import Article, Reference

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


def _run(text: str, models: Models, language: str = "ru", references: list[Reference] | None = None) -> Article:
    article = make_article(text, language=language)
    article.references = references or []
    annotate(article, context())
    extract_countries(article, context())
    return extract_organisations(article, context())


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Решение принято на заседании Евразийской экономической комиссии в Москве.", "ru", ["Евразийская экономическая комиссия"]),
        ("Евразийский экономический союз (далее - ЕАЭС) создан в 2014 году. Государства ЕАЭС унифицировали тарифы.", "ru", ["Евразийский экономический союз"]),
        ("Россия вступила во Всемирную торговую организацию, и правила ВТО стали обязательными.", "ru", ["Всемирная торговая организация"]),
        ("Взаимодействие ФТС России и ГТК Белоруссии расширилось.", "ru", ["Федеральная таможенная служба", "Государственный таможенный комитет Республики Беларусь"]),
        ("Таможенные органы государств-членов обмениваются сведениями.", "ru", []),
        ("The World Customs Organization (WCO) was founded as the Customs Co-operation Council.", "en", ["World Customs Organization", "Customs Co-operation Council"]),
        ("The Eurasian Economic Union and the EAEU Court met; the Union grew.", "en", ["Eurasian Economic Union", "Court of the Eurasian Economic Union"]),
        ("Customs authorities of the member states exchange data under the Kyoto Convention.", "en", []),
    ],
)
def test_organisations(text: str, language: str, expected: list[str], models: Models) -> None:
    article = _run(text, models, language)
    assert [o.name for o in article.organisations] == expected


def test_one_organisation_in_every_form(models: Models) -> None:
    text = (
        "Евразийский экономический союз (далее – ЕАЭС) объединяет пять государств. "
        "Органы Евразийского экономического союза работают в Москве. "
        "Таможенные органы государств – членов Союза сотрудничают. "
        "The Eurasian Economic Union (EAEU) is a customs union."
    )
    article = _run(text, models)
    assert len(article.organisations) == 1
    eaeu = article.organisations[0]
    assert (eaeu.name, eaeu.abbreviation, eaeu.name_en) == ("Евразийский экономический союз", "ЕАЭС", "Eurasian Economic Union")
    assert {"EAEU", "Eurasian Economic Union"} <= set(eaeu.aliases) | {eaeu.name_en}
    forms = [m.text for m in article.mentions if m.fact_id == eaeu.id]
    assert forms == ["Евразийский экономический союз", "ЕАЭС", "Евразийского экономического союза", "Союза", "Eurasian Economic Union", "EAEU"]


def test_defined_abbreviation_of_unknown_organisation(models: Models) -> None:
    text = "Эксперты Центра стратегических разработок (ЦСР) подготовили доклад. По оценке ЦСР, торговля выросла."
    article = _run(text, models)
    assert [(o.name, o.abbreviation, o.registry_id) for o in article.organisations] == [
        ("Центр стратегических разработок", "ЦСР", None)
    ]
    assert len([m for m in article.mentions if m.type == "ORG"]) == 3


def test_name_cut_by_ner_is_completed(models: Models) -> None:
    text = (
        "информационное взаимодействие;\n ― функционирование Межгосударственного центра для \n\n"
        "координации работы по управлению рисками, а также для реализации аналитических функций;"
    )
    names = [o.name for o in _run(text, models).organisations]
    assert names == ["Межгосударственный центр для координации работы по управлению рисками"]


def test_a_name_ner_cut_after_a_preposition_takes_its_phrase(models: Models) -> None:
    text = ("Рассматривая статистику, приведенную в обзоре несанкционированных переводов денежных средств за 2018 год, "
            "проведенным Центром мониторинга и реагирования на компьютерные атаки в кредитно-финансовой сфере (ФинЦЕРТ), "
            "можно сделать вывод.")
    names = [o.name for o in _run(text, models).organisations]
    assert names == ["Центр мониторинга и реагирования на компьютерные атаки в кредитно-финансовой сфере"]


def test_capital_union_needs_a_named_union(models: Models) -> None:
    article = _run("Союз писателей провёл съезд. Таможенный союз и союз промышленников.", models)
    assert "Евразийский экономический союз" not in [o.name for o in article.organisations]


def test_no_duplicate_spans(models: Models) -> None:
    article = _run("Делегации ЕАЭС и Союзного государства встретились в Минске.", models)
    spans = [(m.start, m.end) for m in article.mentions]
    assert len(spans) == len(set(spans))
    assert {m.type for m in article.mentions if m.text == "ЕАЭС"} == {"ORG"}


def test_registry_has_both_languages() -> None:
    registry = load_registry()
    assert len(registry) >= 100
    assert all(e.ru and e.en for e in registry.values())
    assert {"eaeu", "eec", "wco", "wto", "cis", "fts_ru", "gtk_by", "union_state"} <= set(registry)


def test_eaeu_corpus(models: Models) -> None:
    text = (CORPORA / "eaeu_customs_cooperation.txt").read_text(encoding="utf-8")
    article = _run(text, models)
    eaeu = [o for o in article.organisations if o.abbreviation == "ЕАЭС"]
    assert len(eaeu) == 1 and eaeu[0].name_en == "Eurasian Economic Union"
    forms = {" ".join(m.text.split()) for m in article.mentions if m.fact_id == eaeu[0].id}
    assert {"ЕАЭС", "Евразийский экономический союз", "Евразийского экономического союза", "Союза", "Eurasian Economic Union"} <= forms
    names = {o.name for o in article.organisations}
    assert {"Всемирная таможенная организация", "Евразийская экономическая комиссия", "Содружество Независимых Государств"} <= names
    assert len(names) == len(article.organisations)


def test_russia_belarus_corpus(models: Models) -> None:
    text = (CORPORA / "russia_belarus_customs.txt").read_text(encoding="utf-8")
    article = _run(text, models)
    by_registry = {o.registry_id for o in article.organisations}
    assert {"fts_ru", "gtk_by", "eaeu", "union_state"} <= by_registry


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Institutional framework\n\nEnergy Policy Council\n\nCouncil on Border Issues\n\nSecretariat\n", ["Energy Policy Council", "Council on Border Issues"]),
        ("Any Contracting Party may denounce the Convention. Each Contracting Party shall notify it.", []),
    ],
)
def test_title_case_names_without_ner(text: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, "en").organisations] == expected


@pytest.mark.parametrize(
    "text, rejected",
    [
        ("Для встраивания России в глобальные цепочки стоимости (ГЦС) нужно определить приоритеты. Этап развития ГЦС завершён.", "ГЦС"),
        ("Продукция, произведённая в свободных экономических зонах (СЭЗ), облагается пошлиной. Предприятия СЭЗ недовольны.", "СЭЗ"),
    ],
)
def test_abbreviation_defined_for_something_else(text: str, rejected: str, models: Models) -> None:
    article = _run(text, models)
    assert rejected not in {o.name for o in article.organisations} | {o.abbreviation for o in article.organisations}


@pytest.mark.parametrize(
    "text, language, kind, body",
    [
        ("Сбор ОТВС с действующих АЭС ведёт Росатом. Хранилище при Курской АЭС заполнено, а ОТВС с АЭС "
         "Финляндии вывозят в Россию. Минэнерго требует строить новые ТЭЦ.", "ru", "АЭС", "Росатом"),
        ("Новые ГЭС строят в Сибири, сообщил Минэнерго. Саяно-Шушенская ГЭС и ГЭС Таджикистана работают.", "ru",
         "ГЭС", "Минэнерго"),
        ("Many NGOs work in Kenya. Each NGO's budget comes from the World Bank, and the NGO's staff is small.", "en",
         "NGO", "World Bank"),
        ("SOEs dominate textile exports. The SOE's share fell after the reform, and the WTO noted that SOE "
         "exporters' quotas fell.", "en", "SOE", "World Trade Organization"),
        ("Political action committees (PAC's) gave three quarters of their contributions to incumbents, who received "
         "six times as much from PAC's as their challengers, as the Federal Election Commission reports.", "en", "PAC",
         "Federal Election Commission"),
    ],
)
def test_short_forms_the_text_counts_are_kinds(text: str, language: str, kind: str, body: str, models: Models) -> None:
    """A short form the text counts («действующих АЭС», «новые ГЭС», "NGOs") names a kind of
    thing, not a body, and neither does a name built on it («Курской АЭС», «ГЭС Таджикистана»)."""
    names = [o.name for o in _run(text, models, language).organisations]
    assert body in names
    assert not [n for n in names if kind in n]


@pytest.mark.parametrize(
    "text, language, bodies",
    [
        ("Мигранты едут сразу в семь региональных центров: Белгорода, Курска, Орла, Тулы, Рязани. Операторы "
         "связи: МТС, Билайн и МегаФон снизили тарифы.", "ru", ["МТС", "Билайн", "МегаФон"]),
        ("Migrants move to three regional centres: London, Manchester and Birmingham, while the banks: Barclays, "
         "HSBC and Lloyds lend to them.", "en", ["Barclays", "HSBC", "Lloyds"]),
    ],
)
def test_places_a_word_for_bodies_lists_are_no_bodies(text: str, language: str, bodies: list[str], models: Models) -> None:
    """A word for bodies of a kind before a list makes each name a body, but a place the NER knows stays a place."""
    assert [o.name for o in _run(text, models, language).organisations] == bodies


@pytest.mark.parametrize(
    "text, expected",
    [
        # a registered name in the other English spelling: closed up, or with -ize for -ise
        ("The Organization for Security and Cooperation in Europe sent observers.",
         ["Organization for Security and Co-operation in Europe"]),
        ("The Organisation for Economic Cooperation and Development published the data.",
         ["Organisation for Economic Co-operation and Development"]),
        # an owner's ending is no part of a body's name, whatever word ends it
        ("The figures for the UK Department for International Development's budget were small.",
         ["UK Department for International Development"]),
    ],
)
def test_english_names_in_either_spelling_and_without_an_owners_ending(text: str, expected: list[str],
                                                                       models: Models) -> None:
    assert [o.name for o in _run(text, models, "en").organisations] == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Как пишет The Independent, сервис останется бесплатным, а The Wall Street Journal сообщил о выручке.", "ru",
         ["The Independent", "The Wall Street Journal"]),
        ("According to The Guardian, the World Bank agreed to lend more, as the editors of The Guardian expected.",
         "en", ["The Guardian", "World Bank"]),
    ],
)
def test_a_capital_the_inside_a_sentence_opens_the_name(text: str, language: str, expected: list[str],
                                                         models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("In 2013 the Baltic Children's Charities (BCC) and the Serbian Orthodox Patriarchate (SOP) ran a survey of "
         "households. The BCC staff worked in Riga.", "en", ["Baltic Children's Charities", "Serbian Orthodox Patriarchate"]),
        ("В 2013 году Финская миссия помощи (ФМП) и Грузинский патриархат (ГП) провели опрос. Сотрудники ФМП "
         "работали в Тбилиси.", "ru", ["Финская миссия помощи", "Грузинский патриархат"]),
    ],
)
def test_charities_missions_and_patriarchates_are_bodies(text: str, language: str, expected: list[str],
                                                         models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


def test_a_registered_russian_name_keeps_its_hyphen(models: Models) -> None:
    names = [o.name for o in _run("Делегация Организации по безопасности и сотрудничеству в Европе прибыла в "
                                  "Санкт-Петербург.", models).organisations]
    assert names == ["Организация по безопасности и сотрудничеству в Европе"]


def test_quoted_company_not_cut_by_registry(models: Models) -> None:
    article = _run("Грузы доставляет АО «РЖД Логистика», дочерняя компания холдинга.", models)
    assert "Российские железные дороги" not in [o.name for o in article.organisations]



@pytest.mark.parametrize(
    "text",
    ["Главная цель – максимизирование содействия ВТД путем усиления таможенного контроля.",
     "Участники ВЭД получают упрощенный доступ к процедурам."],
)
def test_abbreviations_of_activities_are_not_organisations(models: Models, text: str) -> None:
    assert [o.name for o in _run(text, models).organisations] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body named after the organisation it belongs to is an organisation of its own
        ("The Technical Committee of the World Customs Organization met in June.",
         ["Technical Committee of the World Customs Organization", "World Customs Organization"]),
        ("Delegations sent their comments to the WCO Secretariat in Brussels before the session.",
         ["World Customs Organization", "WCO Secretariat"]),
        # a head word that goes on into a longer name, a person's title, or an act are not bodies
        ("The EAEU Customs Code entered into force in 2018.", ["Eurasian Economic Union"]),
        ("The President of the Eurasian Economic Commission and the Member States of the EAEU met.",
         ["Eurasian Economic Commission", "Eurasian Economic Union"]),
        ("The EAEU Commission approved the list.", ["Eurasian Economic Commission"]),
    ],
)
def test_bodies_of_an_organisation(text: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, "en").organisations] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Секретариат ВТО опубликовал доклад о торговой политике.",
         ["Секретариат ВТО", "Всемирная торговая организация"]),
        ("Проект подготовил Департамент таможенного законодательства ЕЭК.",
         ["Департамент таможенного законодательства ЕЭК", "Евразийская экономическая комиссия"]),
        # the body's field after it is the unit's name («по бюджету»)
        ("Поправки одобрил Комитет Государственной думы по бюджету.",
         ["Комитет Государственной думы по бюджету", "Государственная Дума Федерального Собрания Российской Федерации"]),
        # a registered organ of a body is a body of its own: the Commission's Council and its Board
        ("Совет ЕЭК утвердил перечень товаров, Коллегия ЕЭК его опубликовала.",
         ["Совет Евразийской экономической комиссии", "Коллегия Евразийской экономической комиссии"]),
        # a head word that is not a name's head, or not before a genitive, makes no body
        ("Председатель ЕЭК выступил на форуме.", ["Евразийская экономическая комиссия"]),
    ],
)
def test_russian_bodies_of_an_organisation(text: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models).organisations] == expected


def test_the_organisation_inside_a_body_keeps_its_mention(models: Models) -> None:
    text = "The Technical Committee of the World Customs Organization met in June."
    article = _run(text, models, "en")
    spans = sorted((m.start, m.end) for m in article.mentions if m.type == "ORG")
    assert [text[s:e] for s, e in spans] == ["Technical Committee of the World Customs Organization",
                                             "World Customs Organization"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span NER ran across a comma into the next name is cut into the names
        ("The committees include the Technical Committee on Customs Valuation, Technical Committee on "
         "Rules of Origin and the Audit Committee.",
         ["Technical Committee on Customs Valuation", "Technical Committee on Rules of Origin", "Audit Committee"]),
        # a comma inside one name stays
        ("The Ministry of Economy, Trade and Industry of Japan signed the memorandum.",
         ["Ministry of Economy, Trade and Industry of Japan"]),
        # the short form of exactly one longer name is that organisation
        ("The Advisory Board on Transit Procedures met on Monday. The Advisory Board agreed on a plan.",
         ["Advisory Board on Transit Procedures"]),
    ],
)
def test_english_names_in_lists_and_short_forms(text: str, expected: list[str], models: Models) -> None:
    names = [o.name for o in _run(text, models, "en").organisations]
    assert names == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # NER stopped at the «и» or "and" inside a name: the name goes on over the rest of it
        ("Программу финансирует Фонд Билла и Мелинды Гейтс, а также другие доноры.", "ru",
         ["Фонд Билла и Мелинды Гейтс"]),
        ("Quotas were administered by the US Office of Textile and Apparel, which publishes monthly data.", "en",
         ["US Office of Textile and Apparel"]),
        # but not over another body
        ("The Ministry of Finance and the Central Bank agreed on the rules.", "en",
         ["Ministry of Finance", "Central Bank"]),
        # NER stopped inside the quotes of a name: the name runs to the closing quote
        ("Акцию поддержал «Координационный совет пострадавших соинвесторов».", "ru",
         ["Координационный совет пострадавших соинвесторов"]),
        ("The protest was organised by “Housing Solidarity of the workers” in Moscow.", "en",
         ["Housing Solidarity of the workers"]),
        # not over a quoted sentence that opens with a name
        ("Рабочие заявили, что «Vestas не желает сохранить наш завод», и заняли цех.", "ru", ["Vestas"]),
    ],
)
def test_a_name_goes_on_past_its_conjunction(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Data come from the U.S. Bureau of Reclamation. The Bureau of Reclamation revised them in 2019.",
         "Bureau of Reclamation"),
        ("We use data from the US Census Bureau. The Census Bureau publishes them every year.", "Census Bureau"),
        # the registry's body by the other wording of its name
        ("Data come from the U.S. Bureau of the Census. The Census Bureau publishes them every year.", "Census Bureau"),
        ("The UK National Health Service grew, and the National Health Service spends more.",
         "National Health Service"),
        ("The Russian Federal Prison Service runs the camps. The Federal Prison Service reported its figures.",
         "Russian Federal Prison Service"),
    ],
)
def test_a_name_with_and_without_its_countrys_letters_is_one_organisation(text: str, expected: str,
                                                                          models: Models) -> None:
    assert [o.name for o in _run(text, models, "en").organisations] == [expected]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a short form the text never defines is the organisation it shortens
        ("Министерство просвещения подготовило доклад. Минпросвещения направило его в правительство.",
         "ru", [("Министерство просвещения", "Минпросвещения")]),
        ("Министерство финансов ответило на запрос. Позднее Минфин уточнил сроки.",
         "ru", [("Министерство финансов", "Минфин")]),
        # (a ministry named by its field before it is the same name, no short form: see the test of such names)
        ("The Ministry of Foreign Affairs protested. Later the Foreign Affairs Ministry withdrew the note.",
         "en", [("Ministry of Foreign Affairs", None)]),
        # the head of several words put after what the long name gives after "of", and the name's opening
        # words alone
        ("The survey was run at the Medical Department of KCH in Lilongwe. The KCH Medical Department has 40 beds, "
         "and the Medical Department also runs a clinic.",
         "en", [("Medical Department of KCH", "KCH Medical Department")]),
    ],
)
def test_undefined_short_forms_join_their_organisation(text: str, language: str, expected: list, models: Models) -> None:
    assert [(o.name, o.abbreviation) for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a body named after the place or the people it belongs to, which NER leaves as the place alone
        ("Правительство Татарстана утвердило программу.", "ru", ["Правительство Татарстана"]),
        ("Конституционный суд Италии отменил норму.", "ru", ["Конституционный суд Италии"]),
        ("Фонд Владимира Потанина объявил конкурс.", "ru", ["Фонд Владимира Потанина"]),
        # bodies in the plural are several bodies; a place without an organisation word is no body
        ("Парламенты Армении и Грузии обсудили вопрос.", "ru", []),
        ("Жители Казани встретили делегацию.", "ru", []),
        ("The Supreme Court of Italy annulled the rule. The Customs Service of Armenia agreed.", "en",
         ["Supreme Court of Italy", "Customs Service of Armenia"]),
    ],
)
def test_bodies_named_after_places_and_people(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a paper of a body is not the body; the body is
        ("Это следует из Определения Верховного Суда по делу № А40-1234.", "ru", ["Верховный Суд"]),
        ("This follows from the Judgment of the Court of Justice in case C-123/19.", "en", ["Court of Justice"]),
        # the body of a company without the company is no particular organisation
        ("Совет директоров одобрил сделку, а Арбитражный суд г. Москвы отказал в иске.", "ru",
         ["Арбитражный суд г. Москвы"]),
        ("The Board of Directors approved the deal.", "en", []),
    ],
)
def test_a_body_apart_from_its_papers_and_its_parts(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # NER cuts a body before the country it belongs to: the ministries of two countries stay two
        ("Министерство финансов Китая снизило пошлины, а Министерство финансов Японии их повысило.", "ru",
         ["Министерство финансов Китая", "Министерство финансов Японии"]),
        ("Генеральная прокуратура ОАЭ и Госдепартамент США обменялись письмами.", "ru",
         ["Генеральная прокуратура ОАЭ", "Госдепартамент США"]),
        # the body it sits at; the head word of another name is not a head of this one
        ("Это подтвердил представитель Следственного комитета при прокуратуре РФ.", "ru",
         ["Следственный комитет при прокуратуре РФ"]),
        ("Выступил вице-спикер Совета Федерации Федерального собрания России.", "ru",
         ["Совет Федерации Федерального Собрания Российской Федерации", "Федеральное Собрание Российской Федерации"]),
        # a plural head names bodies, not one
        ("Таможенные службы России и Казахстана договорились.", "ru", []),
        ("The Ministry of Finance of China cut the duties and the Ministry of Finance of Japan raised them.", "en",
         ["Ministry of Finance of China", "Ministry of Finance of Japan"]),
    ],
)
def test_a_body_keeps_the_country_it_belongs_to(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name after "a" that ends there names a kind of body written with capitals
        ("Data were logged at a Comprehensive Stroke Service in Melbourne. Since then the demand at our "
         "Comprehensive Stroke Service has doubled, and the World Customs Organization agreed.", ["World Customs Organization"]),
        ("An Independent Review Board was set up, and then an Independent Review Board met twice.", []),
        # one set up with "a" and named with "the" after is one body
        ("The Council shall set up a Valuation Committee. The Valuation Committee shall meet twice a year.",
         ["Valuation Committee"]),
        # before another noun it is that noun's modifier: the article is the noun's
        ("An Acme Holdings spokesman said that Acme Holdings would pay the duties.", ["Acme Holdings"]),
    ],
)
def test_a_name_after_the_indefinite_article_is_a_kind_of_body(text: str, expected: list[str]) -> None:
    """In a scholarly article (it has a reference list); a convention that sets up "a Committee" founds one."""
    from pipeline.analysis import analyze

    assert [o.name for o in analyze(f"Introduction\n\n{text}\n\n{_REFERENCES}").organisations] == expected
    founding = "The Council shall set up a Nomenclature Committee and a Valuation Committee as provided in the Convention."
    assert [o.name for o in analyze(founding).organisations] == ["Nomenclature Committee", "Valuation Committee"]


@pytest.mark.parametrize(
    "text, language, absent, present",
    [
        ("Использован коэффициент корреляции Спирмена, так как он устойчивее к выбросам, чем коэффициент "
         "корреляции Пирсона. Данные предоставил Сбербанк.", "ru", {"Пирсона", "Пирсон", "Спирмена"}, "Сбербанк"),
        ("We used the Spearman correlation, as it is more robust than the Pearson correlation and the Kruskal "
         "test. The data came from the World Customs Organization.", "en", {"Pearson", "Spearman", "Kruskal"},
         "World Customs Organization"),
        # a topology, a representation or a sense named after its author
        ("The functional is continuous in the Skorokhod topology, and Skorokhod's representation lets us pass "
         "to almost sure convergence in the Skorokhod sense. The data came from the World Customs Organization.",
         "en", {"Skorokhod"}, "World Customs Organization"),
        ("Функционал непрерывен в топологии Скорохода, и представление Скорохода позволяет перейти к сходимости "
         "почти наверное. Данные предоставил Сбербанк.", "ru", {"Скорохода", "Скороход"}, "Сбербанк"),
        # a body word before the method («группа уравнений Максвелла») makes no body of it
        ("При наличии среды меняется лишь группа уравнений Максвелла. Данные предоставил Сбербанк.", "ru",
         {"группа уравнений Максвелла"}, "Сбербанк"),
        # a surname the text prints with initials names the person where it stands alone
        ("The naive geometrization was proposed by J. Plebanski, and Plebanski's geometrization is simple. "
         "The data came from the World Customs Organization.", "en", {"Plebanski"}, "World Customs Organization"),
        ("Наивную геометризацию предложил Плебанский Е. Ф. Геометризация Плебанского проще других. Данные "
         "предоставил Сбербанк.", "ru", {"Плебанский", "Плебанского"}, "Сбербанк"),
    ],
)
def test_the_author_of_a_method_is_no_organisation(text: str, language: str, absent: set[str], present: str,
                                                     models: Models) -> None:
    names = {o.name for o in _run(text, models, language).organisations}
    assert not names & absent and present in names


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a short form that takes its country in is the body's, though the long form ends with a country
        ("Министерство внутренних дел Российской Федерации (МВД РФ) сообщило об этом. Позднее МВД РФ уточнило данные.", "ru",
         ("Министерство внутренних дел Российской Федерации", "МВД РФ", 3)),
        ("Федеральная служба по техническому и экспортному контролю (ФСТЭК России) утвердила порядок. "
         "Сведения представляются в ФСТЭК России почтовым отправлением.", "ru",
         ("Федеральная служба по техническому и экспортному контролю", "ФСТЭК России", 3)),
        ("The Ministry of Finance of Japan (MOF Japan) issued the rules. Later MOF Japan added details.", "en",
         ("Ministry of Finance of Japan", "MOF Japan", 3)),
    ],
)
def test_a_short_form_with_its_country_names_the_body(text: str, language: str, expected: tuple, models: Models) -> None:
    article = _run(text, models, language)
    assert [(o.name, o.abbreviation, sum(m.fact_id == o.id for m in article.mentions))
            for o in article.organisations] == [expected]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # the long form before the brackets cannot be read (a stamp broke the heading): the short form
        # is judged on its other mentions, not thrown away as defined for a thing
        ("РЕГИСТРАЦИОННЫЙ № 59566.\n\nПО ТЕХНИЧЕСКОМУ И ЭКСПОРТНОМУ КОНТРОЛЮ (ФСТЭК России)\n\n"
         "Порядок утвержден приказом ФСТЭК России от 6 декабря 2017 г. № 227. Сведения представляются в ФСТЭК России.",
         "ru", "ФСТЭК"),
        ("REGISTERED No. 59566.\n\nFOR TECHNICAL AND EXPORT CONTROL (FSTEC Russia)\n\n"
         "The order was approved by the Federal Service (FSTEC Russia) in 2017. Reports go to FSTEC Russia by post.",
         "en", "FSTEC"),
    ],
)
def test_a_definition_whose_long_form_cannot_be_read_rejects_nothing(text: str, language: str, expected: str,
                                                                      models: Models) -> None:
    names = {n for o in _run(text, models, language).organisations for n in (o.name, o.abbreviation, *o.aliases) if n}
    assert any(expected in n for n in names)



@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a name that opens a quotation keeps the quote that closes it, whatever NER cut
        ("Об этом сообщило агентство ТАСС со ссылкой на ПАО «Аэрофлот».", "ru", "ПАО «Аэрофлот»"),
        ('Контракт получило ЗАО "Транзит" из Калуги.', "ru", 'ЗАО "Транзит"'),
    ],
)
def test_a_quoted_name_keeps_its_closing_quote(text: str, language: str, expected: str, models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert expected in names, names


@pytest.mark.parametrize(
    "text, expected",
    [
        # abbreviations the dictionary files as organisations stand on one mention, case endings and all
        ("Об этом сообщили в МИДе.", ["МИД"]),
        ("Задержанных передали в МЧС.", ["МЧС"]),
        # an abbreviation of a method or a term does not
        ("Коэффициенты оценены по МНК.", []),
    ],
)
def test_abbreviations_of_bodies_on_one_mention(text: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models).organisations] == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # one word NER offers once stands when the text sets it off as a name: quotes, or a word
        # for an organisation right before it
        ("Против выступила партия «Справедливость», лидер которой промолчал.", "ru", "Справедливость"),
        ("Завод купила компания Ferrero, сообщают источники.", "ru", "Ferrero"),
        ("The plant was bought by the company Ferrero last year.", "en", "Ferrero"),
    ],
)
def test_one_word_names_set_off_by_the_text(text: str, language: str, expected: str, models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert any(expected in n for n in names), names


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a capital inside a sentence makes a dictionary noun a name
        ("Законопроект одобрил Сенат, и его направили президенту.", "ru", ["Сенат"]),
        ("The bill passed the Senate and went to the president.", "en", ["Senate"]),
    ],
)
def test_a_capitalised_noun_inside_a_sentence_is_a_name(text: str, language: str, expected: list[str],
                                                         models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "not_organisations", "organisations"),
    [
        # a short form of one letter is a symbol of the text
        ("Samples from Chimp (P) and Gorilla (G) were aligned by the European Bioinformatics Institute.", "en",
         {"Chimp", "Gorilla"}, {"European Bioinformatics Institute"}),
        ("Выборки Альфа (А) и Бета (Б) сравнила Евразийская экономическая комиссия.", "ru",
         {"Альфа", "Бета"}, {"Евразийская экономическая комиссия"}),
        # a name the text calls a database or a programme once is that thing everywhere
        ("We used the Selectome database. Selectome lists genes under selection. The World Customs "
         "Organization was not involved.", "en", {"Selectome"}, {"World Customs Organization"}),
        ("Данные взяты из программы Alteryx Designer. Alteryx Designer обрабатывает декларации, которые "
         "получает Федеральная таможенная служба.", "ru", {"Alteryx Designer"}, {"Федеральная таможенная служба"}),
        # but a body's paper before a name is the body's: its author
        ("Завод закрыт. Согласно отчёту Guardian, спрос в Великобритании упал.", "ru", set(), {"Guardian"}),
        ("По данным доклада Amnesty International, задержанных стало больше.", "ru", set(), {"Amnesty International"}),
        # a Russian name takes its kind before it: a thing's word after it begins the next phrase
        ("Был разработан и согласован с НПО «Автоматика» формат сетки высот.", "ru", set(), {"НПО «Автоматика»"}),
        ("Совместно с ЗАО «Протон» метод оценки рисков доработан.", "ru", set(), {"ЗАО «Протон»"}),
    ],
)
def test_what_the_text_calls_something_else(text: str, language: str, not_organisations: set[str],
                                            organisations: set[str], models: Models) -> None:
    from pipeline import analyze

    names = {o.name for o in analyze(text, models=models).organisations}
    assert not names & not_organisations, names
    assert organisations <= names, names


@pytest.mark.parametrize(
    ("text", "heading_name", "organisation"),
    [
        ("Data Preparation\n\nThe data were prepared as the World Customs Organization recommends for "
         "declarations of goods.", "Data Preparation", "World Customs Organization"),
        ("Оценка Выравнивания\n\nДанные подготовлены так, как рекомендует Евразийская экономическая комиссия "
         "для деклараций на товары.", "Оценка Выравнивания", "Евразийская экономическая комиссия"),
    ],
)
def test_a_heading_without_an_organisation_word_names_no_organisation(text: str, heading_name: str,
                                                                      organisation: str, models: Models) -> None:
    from pipeline import analyze

    names = {o.name for o in analyze(text, models=models).organisations}
    assert heading_name not in names and organisation in names, names


def test_a_latin_name_once_is_an_organisation_in_russian_prose_but_not_in_english(models: Models) -> None:
    """In English prose a once-named span of capitalised words without an organisation word is as
    often a method or a product; in Russian prose its Latin letters set a foreign name apart."""
    from pipeline import analyze

    ru = analyze("Об этом сообщило агентство Agence France-Presse со ссылкой на источники в таможне.", models=models)
    assert "Agence France-Presse" in {o.name for o in ru.organisations}
    en = analyze("The sites were scored with Naive Empirical Bayes and then with Bayes Empirical Bayes, as the "
                 "World Trade Organization had no say in it.", models=models)
    names = {o.name for o in en.organisations}
    assert not {"Naive Empirical Bayes", "Bayes Empirical Bayes"} & names and "World Trade Organization" in names


@pytest.mark.parametrize(
    ("text", "not_organisations", "organisations"),
    [
        # a code named by its abbreviation is an act, not a body
        ("В соответствии со ст. 128 ГК РФ и ст. 5 НК РФ средства индивидуализации охраняются. Федеральная "
         "налоговая служба с этим согласна.", {"ГК", "НК"}, {"Федеральная налоговая служба"}),
        # software, tests and phrases of common nouns defined by letters are no bodies
        ("Analyses were run in the Statistical Package for Social Science (SPSS). SPSS gave the same result as "
         "the Mini-Mental State Examination (MMSE). Payments of a controlled foreign company (CFC) were left "
         "out, as the World Customs Organization advises.", {"Statistical Package for Social Science",
                                                             "controlled foreign company", "Mini-Mental State Examination"},
         {"World Customs Organization"}),
        ("Данные обработаны в пакете «Статистика для социальных наук» (СПСС), таможенные органы (ТО) их не "
         "проверяли, а Евразийская экономическая комиссия одобрила.", {"таможенные органы"},
         {"Евразийская экономическая комиссия"}),
        # a term in capitals counts once however often it comes back; a body that owns something is one
        ("Affiliates with an ETR below 15% pay more. The ETR is an average. An ETR of 5% is found in havens. "
         "Rates are taken from KPMG's corporate tax rates table.", {"ETR"}, {"KPMG"}),
        # a mechanism, an annex or an initiative is an arrangement, not a body (a registered one stays)
        ("The EU will apply the Carbon Border Adjustment Mechanism, the Sectoral Annex for Telecommunications "
         "Equipment was signed and the European Stability Mechanism lent money.",
         {"Carbon Border Adjustment Mechanism", "Sectoral Annex for Telecommunications Equipment"},
         {"European Stability Mechanism"}),
        ("Европейский союз применит Механизм пограничной углеродной корректировки с 2026 года.",
         {"Механизм пограничной углеродной корректировки"}, {"Европейский союз"}),
        # two parties a dash joins are a relation between them, no body (a body's word after them makes one)
        ("The partners joined the European Economic Community and then the European Union. The EU–Japan Business "
         "Council met in Tokyo before the EU–Turkey summit; RU-CENTER registers domains.", {"EU–Japan", "EU–Turkey"},
         {"EU–Japan Business Council", "European Union", "RU-CENTER"}),
        ("Саммит ЕС–Россия прошёл в Брюсселе, а Деловой совет ЕАЭС–Вьетнам собрался в Ханое.", {"ЕС–Россия"},
         {"Деловой совет ЕАЭС–Вьетнам", "Европейский союз"}),
        # an authority the legislature gives is a power, no body
        ("Congress renewed the Trade Promotion Authority in 2015, and the Federal Trade Commission agreed.",
         {"Trade Promotion Authority"}, {"Federal Trade Commission"}),
        # a round of talks is an event, not a body
        ("The Doha Development Round opened in 2001, after the Uruguay Round, and the World Trade Organization "
         "still hosts it.", {"Doha Development Round", "Uruguay Round"}, {"World Trade Organization"}),
        ("Дохийский раунд переговоров, как и Уругвайский Раунд, шёл под эгидой Всемирной торговой организации.",
         {"Дохийский раунд", "Уругвайский Раунд"}, {"Всемирная торговая организация"}),
    ],
)
def test_what_is_named_like_a_body_but_is_not_one(text: str, not_organisations: set[str], organisations: set[str],
                                                 models: Models) -> None:
    from pipeline import analyze

    names = {o.name for o in analyze(text, models=models).organisations}
    assert not names & not_organisations, names
    assert organisations <= names, names


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        ("Мировое сообщество в лице международной организации труда (МОТ) давно признало это. Доклад МОТ "
         "вышел в мае, а налоговые органы (НО) его не читали.", "Международная организация труда", "налоговые органы"),
        ("Through the world customs organization (WCO) members agreed on it. The WCO said so, while each "
         "controlled foreign company (CFC) paid its tax.", "World Customs Organization", "controlled foreign company"),
    ],
)
def test_a_registered_body_written_in_small_letters_before_its_letters_is_that_body(
        text: str, name: str, term: str, models: Models) -> None:
    from pipeline import analyze

    found = {o.name: o for o in analyze(text, models=models).organisations}
    assert name in found and term not in found, found
    assert found[name].mentions >= 2 and found[name].registry_id is not None  # its letters later are it too


def test_american_and_british_spellings_are_one_organisation(models: Models) -> None:
    from pipeline import analyze

    text = ("Earnings come from the International Labour Organization. The International Labor Organization "
            "(ILO) publishes data; the Customs Center of Excellence and the Customs Centre of Excellence agree.")
    found = analyze(text, models=models).organisations
    assert len(found) == 2, [o.name for o in found]
    assert {o.abbreviation for o in found} == {"ILO", None}


def test_russian_names_keep_their_letters_under_english_spelling_rules() -> None:
    from pipeline.facts.organisations.names import one_spelling

    assert one_spelling(("центр", "организация", "labor", "program")) == ("центр", "организация", "labour", "programme")


@pytest.mark.parametrize(
    "text, language, absent",
    [
        # a short form the text defines for a thing makes the names built on it things
        ("Системы радиозондирования атмосферы (СР) применяются давно. Приведены сведения о разработке "
         "навигационной СР «Полюс». СР «Полюс» состоит из наземной базовой станции слежения (БС). "
         "Работы выполнило ОАО «Радий».", "ru", ["СР «Полюс»", "Полюс"]),
        # a code's letters that open the code's name elsewhere are the code, not a body
        ("Правила ГК о товарных знаках применяются и к знакам обслуживания (п. 2 ст. 1477 ГК РФ). "
         "Работы выполнило ОАО «Радий».", "ru", ["ГК"]),
    ],
)
def test_names_of_things_the_text_defines_are_no_bodies(text: str, language: str, absent: list[str], models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert "ОАО «Радий»" in names and not set(absent) & set(names)


def test_a_short_form_defined_for_a_thing_names_things_in_english(models: Models) -> None:
    from pipeline.facts.organisations.definitions import word_lists
    from pipeline.facts.organisations.evidence import without_terms

    text = 'Sensors report to a ground station (GS). The GS "Polus" stores the data; the GS Polus is run by the Weather Agency.'
    polus, agency = text.index('"Polus"') + 1, text.index("Weather Agency")
    candidates = [(polus, polus + 5, "Polus"), (text.index("GS Polus"), text.index("GS Polus") + 8, "GS Polus"),
                  (agency, agency + 14, "Weather Agency")]
    heads = word_lists(models.morph)[2]
    assert without_terms(text, candidates, {"GS"}, heads, models.morph) == [(agency, agency + 14, "Weather Agency")]


@pytest.mark.parametrize(
    "text, language, name",
    [("СК возбудил уголовное дело, сообщили в Следственном комитете.", "ru", "Следственный комитет"),
     ("Shares of GM fell on Monday. General Motors said that its sales dropped.", "en", "General Motors")],
)
def test_two_letters_of_a_two_word_name_are_that_organisation(text: str, language: str, name: str,
                                                              models: Models) -> None:
    article = _run(text, models, language)
    assert [o.name for o in article.organisations] == [name]
    assert len([m for m in article.mentions if m.type == "ORG" and m.fact_id]) == 2


def test_initials_and_legal_forms_join_their_organisation(models: Models) -> None:
    """An undefined abbreviation made of a name's initials, and a company under another legal form, are
    the organisation the text names in full."""
    text = ("Работы выполнило ОАО «Радий». Этими работами заинтересовались специалисты Центра эксплуатации "
            "объектов наземной космической инфраструктуры. Позже ФГУП «ЦЭНКИ» и АО «Радий» подписали договор.")
    found = [(o.name, o.abbreviation) for o in _run(text, models, "ru").organisations]
    assert found == [("ОАО «Радий»", None),
                     ("Центр эксплуатации объектов наземной космической инфраструктуры", "ФГУП «ЦЭНКИ»")]


@pytest.mark.parametrize("text", [
    # the legal forms of the Union's other states and of the older Russian and Ukrainian law
    "Товар ввезло ТОО «Азия Транс» из Китая. Позднее «Азия Транс» уплатило пошлину.",
    "Хранилище строит ГСП «Чернобыльская АЭС». Позднее «Чернобыльская АЭС» сообщила об этом.",
])
def test_a_company_named_with_and_without_its_legal_form_is_one(text: str, models: Models) -> None:
    from pipeline import analyze

    found = analyze(text, models=models).organisations
    assert len(found) == 1 and found[0].mentions == 2, [(o.name, o.mentions) for o in found]


@pytest.mark.parametrize(
    "short, name, expected",
    [("IBFD", "International Bureau of Fiscal Documentation", True),
     ("ТПП", "Торгово-промышленная палата", True),
     ("ЕЭК", "Евразийская экономическая комиссия Союза", True),
     ("WCO", "World Trade Organization", False),
     ("ФНС", "Федеральная таможенная служба", False),
     # two letters only for a name of two words and nothing else
     ("СК", "Следственный комитет", True),
     ("UN", "United Nations", True),
     ("ИИ", "Институт истории материальной культуры", False),
     ("SC", "Security Council of the United Nations", False)],
)
def test_initials(short: str, name: str, expected: bool) -> None:
    from pipeline.facts.organisations.names import initials

    assert initials(short, name) is expected


@pytest.mark.parametrize(
    "text, language",
    [
        # a name that spells out a short form defined for a thing, here or where the text repeats it
        ("This paper proposes DATE, a model of Dual-task Attentive Tree-aware Embedding (DATE), to rank "
         "illegal trade flows. The Dual-task Attentive Tree-aware Embedding model has three stages.", "en"),
        ("В работе предложена Модель Совместного Анализа Грузопотоков (МСАГ) для ранжирования поставок. "
         "Модель Совместного Анализа Грузопотоков обучена на данных деклараций.", "ru"),
        # a decade is no body
        ("Once we've had the Sixties, later decades matter less to the listeners of rock music.", "en"),
        # a scheme or a programme is what a body runs, not the body
        ("The New Zealand Secure Exports Scheme was recognised. Exporters in the New Zealand Secure Exports "
         "Scheme gain faster clearance.", "en"),
        ("Участники программы «Честный экспортёр» проходят контроль быстрее; программа «Честный экспортёр» "
         "действует с 2020 года.", "ru"),
    ],
)
def test_names_of_models_and_times_are_no_bodies(text: str, language: str, models: Models) -> None:
    assert _run(text, models, language).organisations == []


@pytest.mark.parametrize(
    "text, language, absent",
    [
        ("Spectra were taken with the Bruker Vertex 70 spectrometer at the Institute for Physics.", "en", "Bruker Vertex 70"),
        ("Спектры сняты на приборе «Фурье» и радиозондах МРЗ-3 МК в Центральной аэрологической обсерватории.", "ru",
         "МРЗ-3 МК"),
    ],
)
def test_a_name_with_a_model_number_is_a_product(text: str, language: str, absent: str, models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert absent not in names


@pytest.mark.parametrize(("word", "expected"), [("70", True), ("3.9", True), ("08572+3915", True), ("МРЗ-3", True),
                                                 ("3Com", False), ("G20", False), ("Vertex", False), ("2020", True)])
def test_model_numbers(word: str, expected: bool) -> None:
    from pipeline.facts.organisations.spans import _model_number

    assert _model_number(word) is expected


@pytest.mark.parametrize(
    "text, language, absent",
    [
        # a short form defined in Latin letters that look Cyrillic is the same short form in Cyrillic
        ("В дизельной фракции сернистые соединения (CC) представлены сульфидами. Модель превращения СС "
         "учитывает состав СС в топливе, как и Томский политехнический университет.", "ru", "СС"),
        # a formula's symbols
        ("Ток Im и поток Sp связаны уравнением Ceωрsin, которое вывел Томский политехнический университет.", "ru", "Im"),
        # a verb or a preposition that opens the sentence is no part of a name
        ("При управлении от источника напряжения уравнения упрощаются. Приведены группы факторов.", "ru",
         "При управление"),
    ],
)
def test_symbols_and_sentence_openers_are_no_names(text: str, language: str, absent: str, models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert absent not in names and not any(n.startswith(("При ", "Приведены")) for n in names)


def test_lookalike_short_forms() -> None:
    from pipeline.lexicon.abbreviations import cyrillic_lookalike

    assert cyrillic_lookalike("CC") == "СС" and cyrillic_lookalike("KMC") == "КМС"
    assert cyrillic_lookalike("Customs") == "Customs"  # a word, not a short form


_REFERENCES = ("References\n\n1. Smith, J. Threat models. Review of Security 3 (2015) 1–9.\n\n"
               "2. Jones, M. Risk engines. Computers 2 (2019) 5–7.\n\n3. Brown, K. Assets. Systems 4 (2020) 1–3.\n")


_ABSTRACT = "Abstract\n\nWe model the risks of customs systems and rank them for each asset of a port.\n\n"


@pytest.mark.parametrize("scholarly", ["references", "abstract", ""])
def test_title_case_terms_of_a_scholarly_article_are_no_bodies(scholarly: str) -> None:
    """In the English prose of an article with a reference list or an abstract, names NER alone
    offers without an organisation word are its systems and terms ("the Risk Engine Core"); bodies
    with one stay. In a text without either (news, reports) a name said twice still counts. Russian
    prose does not set terms in capitals, and keeps its rules."""
    from pipeline.analysis import analyze

    body = ("Introduction\n\nThe Threat Model Library holds the patterns, and the Risk Engine Core reads them. "
            "Risks were assessed with the Threat Model Library for each asset. The Risk Engine Core ranks them. "
            "The tool was tested with the Nigeria Customs Service in 2023.\n\n")
    text = {"references": body + _REFERENCES, "abstract": _ABSTRACT + body, "": body}[scholarly]
    names = [o.name for o in analyze(text).organisations]
    assert "Nigeria Customs Service" in names
    assert ("Risk Engine Core" in names) is not bool(scholarly)


def test_a_scholarly_russian_article_keeps_its_bodies() -> None:
    from pipeline.analysis import analyze

    text = ("Введение\n\nМодель рисков проверена на данных Федеральной таможенной службы и Нигерийской таможенной "
            "службы. Данные Федеральной таможенной службы открыты.\n\nСписок литературы\n\n"
            "1. Иванов И. И. Транзит // Вестник. 2015. № 1. С. 1–9.\n\n2. Петров П. П. Пломбы // Таможня. 2019. № 2. С. 5–7.")
    names = [o.name for o in analyze(text).organisations]
    assert "Федеральная таможенная служба" in names


@pytest.mark.parametrize(
    "text, language, absent",
    [
        # a possessive before a method's word is an eponym, not an owner
        ("Publication bias was checked with Egger's test, and Egger's test found none in the Renji Hospital data.",
         "en", "Egger"),
        # the method's word a few words on
        ("The gas system is analyzed using Weymouth's generalized gas flow equation. The results are shown.",
         "en", "Weymouth"),
        ("Газовая система рассчитана по обобщённому уравнению течения газа Веймута. Результаты показаны.",
         "ru", "Веймут"),
        # a transform, a filter, a principle named after a person
        ("Correlations were transformed using Fisher's r-to-z transform before analysis.", "en", "Fisher"),
        ("Корреляции переводили преобразованием Фишера перед анализом, а ряд сглаживали фильтром Калмана.",
         "ru", "Фишер"),
        # a ratio, a task, a model named after a person
        ("The Poisson's ratio of the matrix tends to 0.5 as it softens, and the Poisson coefficient changes.", "en",
         "Poisson"),
        ("Risk-taking fell in the Devil's task, as in the BART.", "en", "Devil"),
        ("Коэффициент Пуассона матрицы стремится к 0,5 при размягчении.", "ru", "Пуассон"),
    ],
)
def test_an_eponym_with_a_possessive_is_no_body(text: str, language: str, absent: str, models: Models) -> None:
    assert absent not in [o.name for o in _run(text, models, language).organisations]


@pytest.mark.parametrize(
    "text, language, kept, absent",
    [
        # an English phrase in capitals that the text also writes in small letters names a kind of unit
        ("Patients first visit the Outpatient Department. In a typical outpatient department a doctor sees "
         "80 patients a day; the Ministry of Health funds primary health centres.", "en",
         "Ministry of Health", "Outpatient Department"),
        # Russian writes a body's name in small letters as often: it stays a body
        ("Министерство здравоохранения проверило больницу. Позже министерство здравоохранения отчиталось.", "ru",
         "Министерство здравоохранения", None),
    ],
)
def test_a_name_written_also_in_small_letters(text: str, language: str, kept: str, absent: str | None,
                                              models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert kept in names and absent not in names, names


@pytest.mark.parametrize(
    "text, language, absent",
    [
        # a body the text keeps anonymous
        ("I was afraid before I took the course (Centre A, R1). The course helped (Centre A, R7). "
         "The Royal College of Surgeons approved it.", "en", "Centre A"),
        ("На Предприятии Б декларации подаются в электронном виде, как и на Предприятии В; "
         "Федеральная таможенная служба это одобрила.", "ru", "Предприятие Б"),
        # a role after a possessive pronoun, and an English phrase opening a sentence
        ("They lacked a close relationship with their GP and doubted their GP's ability. Focus group "
         "transcripts were analysed by the Royal College of Surgeons.", "en", "GP"),
        ("Focus group transcripts were analysed qualitatively by the Royal College of Surgeons.", "en", "Focus group"),
    ],
)
def test_anonymous_bodies_roles_and_sentence_openers_are_no_organisations(text: str, language: str, absent: str,
                                                                          models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert absent not in names and any(n in names for n in ("Royal College of Surgeons", "Федеральная таможенная служба"))


def test_an_organisation_word_that_qualifies_another_noun_heads_no_name() -> None:
    """In English the organisation word heads a name where it ends it or comes before its complement."""
    from pipeline.analysis import analyze

    body = ("Introduction\n\nNodes talk through Topics or through Service Invocations, as Service Invocations "
            "suit requests. The tool was tested with the Nigeria Customs Service and the University of Lagos.\n\n")
    names = {o.name for o in analyze(body + _REFERENCES).organisations}
    assert "Service Invocations" not in names and {"Nigeria Customs Service", "University of Lagos"} <= names


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("We connected the sites over three different ISPs: Swisscom, Sunrise, and Switch. We expanded it.", "en",
         ["Swisscom", "Sunrise", "Switch"]),
        ("Крупнейшие операторы связи: МТС, Билайн и МегаФон снизили цены на роуминг.", "ru", ["МТС", "Билайн", "МегаФон"]),
        ("Large companies such as Google and Apple pay little tax, as do the countries: Russia, China and India.", "en",
         ["Google", "Apple"]),
        # suppliers, exporters, carriers, multinationals are bodies of a kind too
        ("In this sector MNCs such as GE Healthcare, Philips Healthcare, and Roche Diagnostics dominate; the duty hit "
         "exporters such as Tata Steel.", "en", ["GE Healthcare", "Philips Healthcare", "Roche Diagnostics", "Tata Steel"]),
        ("Крупные перевозчики, такие как ПЭК и Деловые линии, подняли тарифы.", "ru", ["ПЭК", "Деловые линии"]),
        # a dash set close to the first name, semicolons between the names, «такие как»
        ("The country hired three lobbying firms—Akin Gump Strauss Hauer & Feld LLP; Parven Pomper Strategies; and "
         "Fierce Isakowitz Blalock—to advance the deal.", "en",
         ["Akin Gump Strauss Hauer & Feld LLP", "Parven Pomper Strategies", "Fierce Isakowitz Blalock"]),
        ("Опросы проводят исследовательские компании, такие как Kantar и Ipsos, каждый год.", "ru",
         ["Kantar", "Ipsos"]),
        # names joined by a conjunction right after the word, one ending in a number; a person after a comma is none
        ("Бывший политик возглавляет советы директоров компаний Nord Stream 2 и Роснефти.", "ru",
         ["Nord Stream 2", "Роснефть"]),
        ("Гостями были лидеры партий Венгрии, Георг Жено - немецкий режиссёр, и другие.", "ru", []),
        ("Two companies A and B were chosen for the validation; both companies A and B use it.", "en", []),
        # in brackets after the word, and a span NER ran over two of them is the list, not a name
        ("Проекты ведут научно-исследовательские институты (НИКИЭТ, ФЭИ) и конструкторские бюро.", "ru",
         ["НИКИЭТ", "ФЭИ"]),
        ("Projects are led by research institutes (NIKIET, IPPE) and by design bureaus.", "en", ["NIKIET", "IPPE"]),
        # a bracket that points to a table names no body
        ("Major banks (Table 3) lend less than the exchanges (Fig. 2) expected.", "en", []),
        ("Крупные банки (Таблица 3) кредитуют меньше.", "ru", []),
    ],
)
def test_a_word_for_bodies_of_a_kind_introduces_their_names(text: str, language: str, expected: list[str]) -> None:
    """Named in a list after a plural word for bodies of a kind, each name is such a body, even in a
    scholarly article's English prose, where a name NER alone offers counts for nothing."""
    from pipeline.analysis import analyze

    scholarly = analyze(f"Introduction\n\n{text}\n\n{_REFERENCES}")
    assert [o.name for o in scholarly.organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "absent", "present"),
    [
        # a quoted name the text once puts after a word for a thing is that thing everywhere
        ("Экипаж шаттла «Дискавери» вернулся на Землю. Позже «Дискавери» передали в музей. Полет оплатило "
         "агентство «Роскосмос».", "ru", "Дискавери", "Роскосмос"),
        ("Программа «Цифровая экономика» принята. «Цифровая экономика» финансируется банком «Открытие».", "ru",
         "Цифровая экономика", "Открытие"),
        ("The crew of the shuttle Discovery returned. Later Discovery went to a museum, paid for by the "
         "World Customs Organization.", "en", "Discovery", "World Customs Organization"),
        # a ship, with its type's short form in brackets between
        ("Рассмотрена установка атомного ледокола (а/л) «Сибирь», которая эксплуатировалась с 1978 года. Топливо "
         "поставляет компания «ТВЭЛ».", "ru", "Сибирь", "ТВЭЛ"),
        ("The reactor of the icebreaker (nuclear) Sibir was studied. Sibir sailed until 1992; the fuel came from the "
         "World Customs Organization.", "en", "Sibir", "World Customs Organization"),
        # a test rig
        ("Расходомеры тарировались на водяном стенде «Параллельные каналы». Стенд «Параллельные каналы» создан "
         "компанией «ТВЭЛ».", "ru", "Параллельные каналы", "ТВЭЛ"),
        ("The flowmeters were calibrated on the water rig Parallel Channels. Parallel Channels was built by the "
         "World Customs Organization.", "en", "Parallel Channels", "World Customs Organization"),
        # a name listed after another in quotes with a bracket between, and one in apposition to the word
        ("В 2011 году отправятся шаттлы «Индевор» (в конце апреля) и «Атлантис» (в конце июня). «Атлантис» "
         "построила компания «Боинг».", "ru", "Атлантис", "Боинг"),
        ("Это полёт по обслуживанию телескопа Хаббл. Хаббл построила компания «Боинг».", "ru", "Хаббл", "Боинг"),
        # a name of words in apposition to a word for a pipeline, and so in its other cases
        ("Споры вокруг газопровода Северный поток-2 продолжаются. Министр выступил в поддержку Северного потока-2, "
         "а его строит компания «Газпром».", "ru", "Северный поток-2", "Газпром"),
        ("The dispute over the Nord Stream 2 pipeline goes on. The minister backed Nord Stream 2, which the "
         "World Customs Organization studies.", "en", "Nord Stream 2", "World Customs Organization"),
        ("The shuttles Endeavour (in April) and Atlantis (in June) fly in 2011. Atlantis was built by the "
         "World Customs Organization.", "en", "Atlantis", "World Customs Organization"),
    ],
)
def test_a_vehicle_or_a_programme_named_in_quotes_is_no_body(text: str, language: str, absent: str, present: str,
                                                             models: Models) -> None:
    names = {o.name for o in _run(text, models, language).organisations}
    assert absent not in names and present in names


@pytest.mark.parametrize(
    "text",
    [
        # a term's short form set after its words names the term, with its index too («ДС1»)
        "Автодинный модуль содержит детекторную секцию ДС и нагрузку. Секция ДС на рис. 2 представлена средней "
        "проводимостью. Первая ДС1 и вторая ДС2 детекторные секции включены последовательно. Проводимость ДС "
        "зависит от частоты.",
        # a symbol whose letters mix scripts is a formula's («Yвх»: a letter with its subscript)
        "Проводимость YКС является зависимой от частоты, и проводимость YКС меняется. Адмиттанс YАЭ и фаза Yвх "
        "также меняются, а YКС растёт.",
        # the label of a figure before its number, in the other language's caption
        "Рис. 1. Схема рефлектометра Fig. 1. Experimental setup of terahertz reflectometer. Распределение "
        "отражения Fig. 8. Reflectance distribution of the test sample. Fig. 9. Reflectance distribution.",
    ],
)
def test_terms_symbols_and_labels_are_no_organisations(text: str, models: Models) -> None:
    assert [o.name for o in _run(text, models).organisations] == []


def test_a_body_keeps_its_short_form_set_after_its_name(models: Models) -> None:
    text = "Отчёт подготовлен Федеральной таможенной службой ФТС и направлен в ФТС. Сотрудники ФТС проверили данные."
    assert [o.name for o in _run(text, models).organisations] == ["Федеральная таможенная служба"]


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a registered short form that other fields use as a term, alone: the term
        ("Firms have a CES production function with an elasticity of four. The CES aggregator nests varieties.",
         "en", []),
        ("Number of CBR flows is taken to be 10, 20 and 50 in each network. CBR traffic starts at 10 s.", "en", []),
        # one the text defines for a term, in either language
        ("We compute the revealed comparative advantage (RCA) index for each product. RCA values above one "
         "show specialisation.", "en", []),
        ("Индекс выявленных сравнительных преимуществ (RCA) рассчитан для каждого товара. Значения RCA выше "
         "единицы.", "ru", []),
        # with the organisation's name in full, or defined for it, the short form is the organisation's
        ("The Common Economic Space (CES) of Russia, Belarus and Kazakhstan began in 2012. The CES rules apply.",
         "en", ["Common Economic Space"]),
        ("Центральный банк Российской Федерации повысил ставку. По данным CBR, инфляция замедлилась.", "ru",
         ["Центральный банк Российской Федерации"]),
    ],
)
def test_a_short_form_given_to_something_else_names_no_registered_body(text: str, language: str,
                                                                       expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    "text, language, absent, present",
    [
        # names a word for things lists are things: formats, libraries
        ("Отчёты сохраняются во множестве форматов файлов, включая HTML, Markdown и Jupyter Notebook. Формат "
         "Markdown удобен, а Jupyter Notebook нагляден. Данные предоставил Сбербанк.", "ru",
         {"Markdown", "Jupyter Notebook"}, "Сбербанк"),
        ("The tool writes reports in several file formats, such as Parquet, Feather and Arrow. Parquet compresses "
         "best, and Feather loads fastest. The data came from the World Customs Organization.", "en",
         {"Parquet", "Feather"}, "World Customs Organization"),
        # a name in capitals and small letters after a word for things is no abbreviation of a body
        ("Библиотека SciPy предоставляет функции оптимизации. SciPy дополняет NumPy. Данные предоставил Сбербанк.",
         "ru", {"SciPy"}, "Сбербанк"),
        # a quoted name after a word for a design pattern
        ("Паттерн «Фабрика» упрощает создание объектов. Преимущества паттерна «Фабрика» очевидны, и «Фабрика» "
         "проста. Данные предоставил Сбербанк.", "ru", {"Фабрика"}, "Сбербанк"),
    ],
)
def test_things_named_beside_or_listed_after_a_word_for_things(text: str, language: str, absent: set[str],
                                                                present: str, models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert present in names and not absent & set(names)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # words in small letters: an idiom in quotes, a kind of body in a place
        ("Все компании в России переехали, а слияния остаются «за кадром». Министерство финансов и посольство "
         "США в России согласились.", "ru", ["Министерство финансов", "посольство США в России"]),
        ("Firms in China moved, and mergers stay \"behind the scenes\". The Ministry of Finance agreed.", "en",
         ["Ministry of Finance"]),
        # a name inside an English line of a Russian article (a bilingual caption) is read as English prose
        ("Рис. 4. Показатели межрегиональной миграции юридических компаний\n\nMetrics of inter- and "
         "intra-regional migration of legal companies\n\nЮридические компании переезжают в Москву.", "ru", []),
    ],
)
def test_words_in_small_letters_and_lines_of_the_other_language(text: str, language: str, expected: list[str]) -> None:
    from pipeline.analysis import analyze

    article = analyze(f"Введение\n\n{text}\n\n{_REFERENCES}" if language == "ru" else f"Introduction\n\n{text}\n\n{_REFERENCES}")
    assert [o.name for o in article.organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # one body however the text writes it: owning something, before a citation
        ("The Nigeria Customs Service checks cargo. Staff named it one of the Nigeria Customs Service's problems. "
         "Checks at the Nigeria Customs Service [31] improved.", "en", ["Nigeria Customs Service"]),
        # a symbol that «где» / "where" introduces under a formula
        ("Мощность на входе равна Pпр = Pпер Gпр, где Рпр – мощность на входе приемника. Данные публикует ФТС России.",
         "ru", ["Федеральная таможенная служба"]),
        ("The power is Pr = Pt Gr, where Pr is the received power. The data come from the World Customs Organization.",
         "en", ["World Customs Organization"]),
    ],
)
def test_one_body_however_written_and_symbols_under_formulas(text: str, language: str, expected: list[str]) -> None:
    from pipeline.analysis import analyze

    head = "Введение" if language == "ru" else "Introduction"
    assert [o.name for o in analyze(f"{head}\n\n{text}\n\n{_REFERENCES}").organisations] == expected


@pytest.mark.parametrize(
    ("text", "references", "expected"),
    [
        # a surname the reference list cites with initials is a person where the text names it alone
        ("Introduction\n\nThis argument aligns with Ovretveit's recommendation and with the World Bank.",
         "References\n\n1. Ovretveit J. Quality improvement. Health Policy 3 (2015) 1–9.\n\n"
         "2. Jones M. Risk engines. Computers 2 (2019) 5–7.\n\n3. Brown K. Assets. Systems 4 (2020) 1–3.\n",
         ["World Bank"]),
        ("Введение\n\nЭтот вывод согласуется с рекомендацией Шершеневича и с позицией Всемирного банка.",
         "Список литературы\n\n1. Шершеневич Г. Ф. Наука гражданского права. М.: Статут, 2003. 250 с.\n\n"
         "2. Петров П. П. Таможня. М.: Наука, 2019. 100 с.\n\n3. Сидоров С. С. Транзит. М.: Наука, 2020. 90 с.\n",
         ["Всемирный банк"]),
        # initials without points, the year in brackets, several entries in one paragraph
        ("Introduction\n\nMigration follows Ravenstein's proposition that migrants travel short distances, as the "
         "World Bank notes.",
         "References\n\nPlane DA (1984) Migration space. Annals of the Association of American Geographers 74(2): "
         "244–256. Ravenstein E (1885) The laws of migration. Journal of the Statistical Society 46: 167–235.\n\n"
         "Rogers A (1967) Regional migration. Review of Economics and Statistics 49: 262–267.\n",
         ["World Bank"]),
        ("Введение\n\nМиграция следует выводу Равенштейна о коротких расстояниях, как отмечает Всемирный банк.",
         "Список литературы\n\nПлейн ДА (1984) Миграционное пространство. Анналы 74(2): 244–256. Равенштейн Э "
         "(1885) Законы миграции. Журнал статистического общества 46: 167–235.\n\n"
         "Роджерс А (1967) Региональная миграция. Обзор экономики 49: 262–267.\n",
         ["Всемирный банк"]),
    ],
)
def test_a_surname_the_references_cite_is_a_person(text: str, references: str, expected: list[str]) -> None:
    from pipeline.analysis import analyze

    assert [o.name for o in analyze(f"{text}\n\n{references}").organisations] == expected


def test_a_countrys_short_form_before_a_name_is_the_names(models: Models) -> None:
    """"the UK National Screening Committee" and "the National Screening Committee" are one body, known by both."""
    from pipeline.analysis import analyze

    found = analyze("Introduction\n\nDuring the lockdown the UK National Screening Committee paused invitations. Later "
                    "the National Screening Committee resumed them.\n\n" + _REFERENCES).organisations
    assert len(found) == 1
    assert {found[0].name, *found[0].aliases} == {"UK National Screening Committee", "National Screening Committee"}


def test_the_inside_an_english_name_is_no_part_of_its_key() -> None:
    from pipeline.facts.organisations.names import one_spelling

    assert one_spelling(("medical", "department", "of", "the", "central", "hospital")) == \
        one_spelling(("medical", "department", "of", "central", "hospital"))
    assert one_spelling(("the", "hague", "court")) == ("the", "hague", "court")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a court takes in its city after «г.», a city without cases too
        ("Примером служит решение Центрального районного суда г. Сочи от 27.04.2012, а также решение "
         "Дзержинского районного суда г. Новосибирска.", "ru",
         ["Центральный районный суд г. Сочи", "Дзержинский районный суд г. Новосибирска"]),
        ("An example is the ruling of the District Court of Moscow of 27 April 2012.", "en",
         ["District Court of Moscow"]),
    ],
)
def test_a_court_and_its_city(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


def test_bodies_named_after_two_countries_stay_two(models: Models) -> None:
    """A country's name at the head of a name is part of it: two such bodies are two, whatever else they share."""
    found = _run("The Korea Customs Service and the Nigeria Customs Service signed a memorandum; the UK Border "
                 "Force joined later.", models, "en").organisations
    assert {"Korea Customs Service", "Nigeria Customs Service"} <= {o.name for o in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER stopped inside the name: a hyphenated word's first part, the person after «им.», the parent body's
        # short form after the name; a name that opens with a preposition keeps its words
        ("Об этом сообщила пресс-служба президента Украины.", ["пресс-служба президента Украины"]),
        ("Спектакль показал Театр им. Йозефа Бойса.", ["Театр им. Йозефа Бойса"]),
        ("Работу ведёт Институт этнологии и антропологии РАН.", ["Институт этнологии и антропологии РАН", "РАН"]),
        # the legal form of the next company is no parent body
        ("Соглашение подписали Деловой совет ООО «Ромашка» и банк.", ["Деловой совет", "ООО «Ромашка»"]),
        ("Активисты движения «За права человека» вышли на пикет.", ["За права человека"]),
    ],
)
def test_where_a_russian_name_ends_when_ner_stopped_inside_it(text: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a state's body named by its country's adjective, without capitals (the registry's body where it knows
        # that country's); other adjectives name no state
        ("Японское правительство выразило протест, а российское министерство финансов промолчало. Морское "
         "ведомство и городская администрация не ответили.", "ru",
         ["Японское правительство", "Министерство финансов Российской Федерации"]),
        ("The Japanese government protested and the Ukrainian delegation left; the maritime ministry and the city "
         "government said nothing.", "en", ["Japanese government", "Ukrainian delegation"]),
    ],
)
def test_a_state_body_named_by_its_countrys_adjective(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a broadcaster's or a newspaper's word introduces its name
        ("Телеканал BBC и газета Guardian сообщили об этом со ссылкой на источники.", "ru", ["BBC", "Guardian"]),
        # a two-letter short form other fields use ("AU" of gold, of astronomy) names no body on its own
        ("The ''Extrinsic AU Trustworthiness'' of a server shows whether a vulnerability needs no "
         "authentication; ''AU'' threats rank first. The World Customs Organization agrees.", "en",
         ["World Customs Organization"]),
    ],
)
def test_media_words_and_shared_short_forms(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


def test_a_latin_name_in_russian_news_is_a_foreign_body_in_a_scholarly_article_a_term() -> None:
    """Outside a scholarly article a name in Latin letters NER calls an organisation in Russian prose is
    a foreign company's or a medium's, named once; in a scholarly article the same word is a program
    or a method unless a word for a body says otherwise."""
    from pipeline.analysis import analyze

    news = "Акции Zynga выросли на 5%, сообщил вчера Reuters. Аналитики Goldman Sachs ждут роста выручки."
    assert [o.name for o in analyze(news).organisations] == ["Zynga", "Reuters", "Goldman Sachs"]
    paper = analyze(f"Введение\n\nМодель обучена в среде Keras, а выборку собрал пакет Scrapy.\n\n{_REFERENCES}")
    assert [o.name for o in paper.organisations] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # in a scholarly article's Russian prose a Latin name with nothing to say what it is is a program
        # or a method; a Russian word for a body before it makes it one
        ("Команда успешно работает с IDS Snort — бесплатной открытой системой. Среди ловушек выделяют Deception "
         "Toolkit и Resource Mantrap. Оборудование поставляет компания Cisco, а данные публикует ФТС России.", "ru",
         ["Cisco", "Федеральная таможенная служба"]),
        ("The team works with IDS Snort, a free open system. Among the traps are Deception Toolkit and Resource "
         "Mantrap. The equipment comes from Cisco Systems Inc., and the data from the World Customs Organization.",
         "en", ["Cisco Systems Inc.", "World Customs Organization"]),
        # a compound that ends in a common word names no body
        ("Нарушители взламывают Web-сайты таможенных органов, а Интернет-магазины продают контрафакт. Данные "
         "публикует ФТС России.", "ru", ["Федеральная таможенная служба"]),
        # two authors' names joined by a dash name a problem or an equation, not a body
        ("Функции являются решениями задачи Штурма – Лиувилля, ассоциированной с оператором. Двигатели поставляет "
         "концерн Daimler–Benz.", "ru", ["Daimler–Benz"]),
        ("The functions solve the Navier–Stokes equations of the flow. The data come from the World Customs "
         "Organization.", "en", ["World Customs Organization"]),
    ],
)
def test_names_that_name_programs_compounds_and_equations(text: str, language: str, expected: list[str]) -> None:
    from pipeline.analysis import analyze

    head = "Введение" if language == "ru" else "Introduction"
    assert [o.name for o in analyze(f"{head}\n\n{text}\n\n{_REFERENCES}").organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # NER stopped at the organisation word: the name goes on with "of" and capitalised words
        ("Source: US Bureau of Mines. The data come from the U.S. Bureau of Reclamation.", "en",
         ["US Bureau of Mines", "U.S. Bureau of Reclamation"]),
        # the country a body belongs to, after its name, is the name's
        ("18 октября 2011 г. Верховная Рада Украины приняла закон. Сенат США одобрил договор.", "ru",
         ["Верховная Рада Украины", "Сенат США"]),
        # a word in small letters opens no English name
        ("There is evidence that the central Ministry of Commerce provided quota allocations.", "en",
         ["Ministry of Commerce"]),
        # a possessive after an organisation word is no part of the name
        ("Yale University's institutional review board deemed the study exempt.", "en", ["Yale University"]),
        # a plant's code before the legal form of its owner is no part of the owner's name
        ("В настоящее время на заводе РТ1 ФГУП «Маяк» происходит переработка.", "ru", ["ФГУП «Маяк»"]),
    ],
)
def test_where_a_name_begins_and_ends(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a body's short form before a standard's number or the word for a code names the standard
        ("The approach supports implementers of ISO 27005 in the ports. The three-digit ISO code of the country is "
         "used.", "en"),
        ("Порты выполняют требования ИСО 9001 и стандарт ISO 28000 на всех постах.", "ru"),
    ],
)
def test_a_standard_named_after_its_body_is_no_body(text: str, language: str, models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Об этом сообщает BBC со ссылкой на источники в правительстве.", "ru", "BBC"),
        ("По данным CNN, переговоры о пошлинах продолжатся.", "ru", "CNN"),
        ("The talks on tariffs will go on, according to CNN.", "en", "CNN"),
    ],
)
def test_letters_a_word_of_reporting_stands_before_are_a_body(text: str, language: str, name: str, models: Models) -> None:
    """In news, letters NER calls an organisation once are a body when the text reports what it says."""
    assert name in [o.name for o in _run(text, models, language).organisations]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Imports reduce the domestic sales of all domestic firms (Hypothesis 5), and the World Trade Organization "
         "agrees with Proposition 2 of the model.", "en"),
        ("Импорт снижает продажи внутренних фирм (Гипотеза 5), и Всемирная торговая организация согласна с "
         "Утверждением 2 модели.", "ru"),
    ],
)
def test_a_numbered_statement_of_the_text_is_no_body(text: str, language: str, models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert not any(re.match(r"(?:Hypothesis|Proposition|Гипотез|Утвержден)", n) for n in names), names


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Three groups have few compound tariffs, while over 30 percent of items in Group 4 (Wood and Paper) have them. "
         "Group 1 and Group 7 follow. The U.S. Tariff Commission published the schedules.", "en", "U.S. Tariff Commission"),
        ("Больше всего составных пошлин в Группе 4 (лес и бумага), меньше в Группе 1 и Группе 7. Перечни опубликовала "
         "Федеральная таможенная служба.", "ru", "Федеральная таможенная служба"),
    ],
)
def test_a_member_of_a_series_the_text_numbers_is_no_body(text: str, language: str, body: str, models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert body in names and not any(re.match(r"(?:Group|Групп)", n) for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [("Опр. 2.1. Моделью прогнозирования называется отображение.", "Опр"),
     ("Thm. 3.2 holds for every bounded series.", "Thm")],
)
def test_a_word_cut_short_before_a_statements_number_is_a_label(text: str, name: str) -> None:
    from pipeline.facts.organisations.evidence import sign_or_label

    assert sign_or_label(text, 0, len(name))
    assert not sign_or_label("Росстат. 2.1 млн человек уехали.", 0, len("Росстат"))


@pytest.mark.parametrize(
    ("text", "language", "bodies"),
    [
        ('Firms fall into three categories: state-owned enterprises ("SOEs"), domestically owned private firms '
         '("domestic"), and foreign-invested private firms ("foreign"). Quantity units are known.', "en", []),
        ("Фирмы делятся на группы: государственные предприятия («госсектор»), частные компании («частные») и банки "
         "(«Сбербанк», «ВТБ»). Данные доступны.", "ru", ["Сбербанк", "ВТБ"]),
    ],
)
def test_a_label_in_small_letters_quoted_after_a_word_for_bodies_is_no_body(text: str, language: str,
                                                                          bodies: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == bodies


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We consider two countries, China and an aggregation of the United States, European Union, and Canada (UEC). "
         "The UEC imports more.", "en"),
        ("Рабочую группу составили представители Федеральной таможенной службы, Федеральной налоговой службы и "
         "Центрального банка (ФТС-ФНС-ЦБ). Группа ФТС-ФНС-ЦБ собиралась дважды.", "ru"),
    ],
)
def test_a_short_form_defined_for_a_list_of_names_is_no_body(text: str, language: str, models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert not any("," in n for n in names), names


@pytest.mark.parametrize(
    ("text", "language", "bodies", "not_bodies"),
    [
        ("Another data source is Yandex, a search engine competing in Russia with other firms. Researchers also used "
         "data from TikTok, a growing social media platform focussing on short video clips. We apply Monte Carlo, a "
         "method of numerical simulation.", "en", {"Yandex", "TikTok"}, {"Monte Carlo"}),
        ("Другим источником данных стал Яндекс — крупнейшая поисковая система России. Исследователи использовали "
         "данные сервиса Дзен, а также ВКонтакте — социальной сети. Мы применяем Монте-Карло, метод численного "
         "моделирования.", "ru", {"Яндекс"}, {"Монте-Карло"}),
    ],
)
def test_a_name_described_in_apposition_as_a_body_is_one_in_a_scholarly_article(
        text: str, language: str, bodies: set[str], not_bodies: set[str], models: Models) -> None:
    """In a scholarly article (it has references) a name the NER alone offers needs evidence: an
    apposition that says what body it is ("Yandex, a search engine", «Яндекс — поисковая система»)
    gives it; one that says it is a method does not."""
    references = [Reference("Smith J. (2020) Data. Journal, 1, 1-2.")]
    names = {o.name for o in _run(text, models, language, references).organisations}
    assert bodies <= names and not names & not_bodies, names


@pytest.mark.parametrize(
    ("text", "name", "shown"),
    [
        ("Spandana lends to groups of women. We thank Padmaja Reddy, CEO of Spandana, for her help.", "Spandana", True),
        ("Кредиты выдаёт Спандана. Сотрудники Спандана помогли с опросом.", "Спандана", True),
        ("The Ministry argues that tariffs will fall. Spandana is a town in Andhra Pradesh.", "Spandana", False),
        ("Росстат сообщил, что цены выросли.", "Росстат", True),
    ],
)
def test_a_name_the_text_writes_as_a_bodys_somewhere(text: str, name: str, shown: bool, models: Models) -> None:
    """Evidence for a body comes from any place its name stands, whatever label NER gave it there."""
    from pipeline.facts.organisations.deeds import shown_elsewhere

    assert shown_elsewhere(text, [name], models.morph) is shown


def test_a_persons_name_needs_a_post_or_a_body_in_apposition(models: Models) -> None:
    """People act, speak and own too: for a name that is also a person's only a post in the body says it
    is a body."""
    from pipeline.facts.organisations.deeds import shown_elsewhere

    text = "Migration follows Ravenstein's proposition, and Ravenstein argues that migrants travel short distances."
    assert shown_elsewhere(text, ["Ravenstein"], models.morph) and not shown_elsewhere(text, ["Ravenstein"], models.morph, person=True)
    assert shown_elsewhere("We thank the CEO of Spandana.", ["Spandana"], models.morph, person=True)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Carlyle Group", True), ("Control group", False), ("Zanu-PF party", False), ("Labour Party", True),
     ("Группа компаний «Альфа»", True)],
)
def test_an_english_head_in_small_letters_heads_no_name(name: str, expected: bool, models: Models) -> None:
    from pipeline.facts.organisations.definitions import word_lists
    from pipeline.facts.organisations.names import headed

    assert headed(name, word_lists(models.morph)[2], models.morph) is expected


def test_what_a_figure_is_given_according_to_is_not_always_a_body(models: Models) -> None:
    """A word in capitals alone or a thing's name after "according to" is a database or a classifier, and
    a name the clause goes on after is a rule ("according to Pillar One and thus taxed")."""
    from pipeline.facts.organisations.deeds import declares

    text = "Emissions grew, according to FAOSTAT, and firms were coded according to the All-Russia Classifier."
    for name in ("FAOSTAT", "All-Russia Classifier"):
        start = text.index(name)
        assert not declares(text, start, start + len(name), models.morph)
    text = "Profits are redistributed according to Pillar One and thus taxed."
    assert not declares(text, text.index("Pillar"), text.index(" and"), models.morph)
    text = "Pizza sales grew, according to The Washington Post."
    assert declares(text, text.index("The Washington"), text.index("."), models.morph)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Surveys were posted on MTurk and Yandex.Toloka, and the funding was approved by Congress.", "en",
         ["Amazon Mechanical Turk", "Toloka", "United States Congress"]),
        ("Опросы проведены на платформах MTurk и Яндекс.Толока.", "ru", ["Amazon Mechanical Turk", "Яндекс.Толока"]),
    ],
)
def test_a_point_inside_a_registered_name_is_part_of_it(text: str, language: str, names: list[str],
                                                        models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == names


def test_a_registered_name_with_a_possessive_in_a_scholarly_article(models: Models) -> None:
    """"Amazon's Mechanical Turk": the possessive's letter is no word of a description."""
    text = "Eighty U.S. residents were recruited using Amazon's Mechanical Turk and paid a small fee."
    article = _run(text, models, "en", [Reference("Smith J. (2020) Crowds. Journal, 1, 1-2.")])
    assert [o.name for o in article.organisations] == ["Amazon Mechanical Turk"]


@pytest.mark.parametrize(
    ("text", "language"),
    [("In Fisher v. University of Texas the justices ruled on admissions.", "en"),
     ("В деле «Иванов против Министерства финансов» суд отказал истцу.", "ru")],
)
def test_a_courts_case_between_parties_is_no_body(text: str, language: str, models: Models) -> None:
    assert not any(" v. " in o.name or " против " in o.name for o in _run(text, models, language).organisations)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("В 1988 году компания 3DSystem разработала принтер. Заслуга принадлежит компании ZCorporation (ZCorp). "
         "Позже ZCorp продала бизнес.", "ru", {"3DSystem", "ZCorporation"}),
        ("The model Bayesian Personalized Ranking (BPR) ranks items, and the firm ZCorporation (ZCorp) made printers.",
         "en", {"ZCorporation"}),
    ],
)
def test_a_name_an_organisation_word_introduces_however_written(text: str, language: str, names: set[str],
                                                                models: Models) -> None:
    """A company's name that opens with figures or is defined by its letters, after «компания»/"the firm"."""
    assert {o.name for o in _run(text, models, language).organisations} == names


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a committee in small letters named by its field; the field's object after a preposition is no owner
        ("Депутаты Госдумы обсуждали на заседании комитета по экономической политике и предпринимательству вступление "
         "в ВТО.", "ru", ["Государственная Дума Федерального Собрания Российской Федерации",
                          "комитет по экономической политике и предпринимательству", "Всемирная торговая организация"]),
        ("Deputies discussed accession to the WTO at a meeting of the Committee on Economic Policy and "
         "Entrepreneurship.", "en", ["World Trade Organization", "Committee on Economic Policy and Entrepreneurship"]),
        # not a plural (a kind), nor a field that says why
        ("В регионах комитеты по бюджету молчали, а комиссия по итогам года не собиралась.", "ru", []),
        # fields a comma lists up to «и» / "and" and the last one; not the nouns of the sentence after them
        ("Вчера комитет Госдумы по бюджету, налогам и финансам поддержал проект, а комитет по транспорту, депутаты и "
         "сенаторы промолчали.", "ru", ["комитет Госдумы по бюджету, налогам и финансам",
                                       "Государственная Дума Федерального Собрания Российской Федерации",
                                       "комитет по транспорту"]),
        ("The State Duma Committee on Economic Policy, Industry, Innovative Development and Entrepreneurship backed "
         "the bill, while the Committee on Trade, Russia and China disagreed.", "en",
         ["State Duma", "State Duma Committee on Economic Policy, Industry, Innovative Development and Entrepreneurship",
          "Committee on Trade"]),
    ],
)
def test_a_body_in_small_letters_named_by_its_field(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a body's field of two phrases joined by «и» / "and", before the organisation it belongs to
        ("Департамент таможенного законодательства и правоприменительной практики ЕЭК подготовил проект. Главное "
         "управление федеральных таможенных доходов и тарифного регулирования ФТС России отчиталось.", "ru",
         ["Департамент таможенного законодательства и правоприменительной практики ЕЭК", "Евразийская экономическая комиссия",
          "Главное управление федеральных таможенных доходов и тарифного регулирования ФТС России",
          "Федеральная таможенная служба"]),
        ("The Customs Legislation and Law Enforcement Practice Department of the EEC drafted a proposal.", "en",
         ["Customs Legislation and Law Enforcement Practice Department of the EEC", "Eurasian Economic Commission"]),
        # two bodies joined by «и» stay two
        ("Позиции правительства и парламента России совпали.", "ru", ["парламент России"]),
        # the member states of an organisation in the body's name
        ("Представители обсудили работу Объединённой коллегии таможенных служб государств — членов Таможенного союза.",
         "ru", ["Объединённая коллегия таможенных служб государств — членов Таможенного союза", "Таможенный союз"]),
        ("Representatives discussed the work of the Joint Board of Customs Services of the Customs Union Member States.",
         "en", ["Joint Board of Customs Services of the Customs Union Member States", "Customs Union"]),
    ],
)
def test_a_body_of_an_organisation_keeps_its_whole_name(text: str, language: str, expected: list[str],
                                                        models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("На заседании Рабочей группы по присоединению Российской Федерации к ВТО выступил посол. Сотрудники "
         "Управления по связям с Евразийским экономическим союзом прибыли в Брюссель.", "ru",
         ["Рабочая группа по присоединению Российской Федерации к ВТО", "Всемирная торговая организация",
          "Управление по связям с Евразийским экономическим союзом", "Евразийский экономический союз"]),
        ("The Working Party on the Accession of the Russian Federation to the WTO met in Geneva. Staff of the Office "
         "for Relations with the Eurasian Economic Union arrived in Brussels.", "en",
         ["Working Party on the Accession of the Russian Federation to the WTO", "World Trade Organization",
          "Office for Relations with the Eurasian Economic Union", "Eurasian Economic Union"]),
    ],
)
def test_a_body_named_by_what_its_field_is_about_keeps_that_name(text: str, language: str, expected: list[str],
                                                                models: Models) -> None:
    """The name after a body's field («по связям», "for Relations") and a preposition is part of the body's name,
    and a mention of its own."""
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a registered name in small letters that its owner's letters close is the registered body
        ("Лондон хочет остаться в таможенном союзе ЕС после выхода.", "ru", ["Таможенный союз Европейского союза"]),
        ("London wants to stay in the customs union of the EU after Brexit.", "en", ["European Union Customs Union"]),
        # not without them: a customs union is a kind of arrangement
        ("Лондон не хочет оставаться в таможенном союзе после выхода.", "ru", []),
        ("London does not want to stay in a customs union after Brexit.", "en", []),
    ],
)
def test_a_registered_name_in_small_letters_closed_by_letters_is_the_body(text: str, language: str, expected: list[str],
                                                                          models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Войска Третьего рейха вошли в Польшу. Российская империя и Османская империя воевали. Позже Министерство "
         "иностранных дел Королевства Норвегия выступило, а компания Kingdom Holding вложила деньги.", "ru",
         ["Министерство иностранных дел Королевства Норвегия", "Kingdom Holding"]),
        ("Мэй пообещала отправить в отставку главу МИД Соединенного Королевства.", "ru", ["МИД Соединенного Королевства"]),
        ("The Third Reich invaded Poland; the Ottoman Empire fell. Later the Foreign Ministry of the Kingdom of Norway "
         "spoke, and Kingdom Holding Company invested.", "en",
         ["Foreign Ministry of the Kingdom of Norway", "Kingdom Holding Company"]),
    ],
)
def test_a_state_past_or_present_is_no_body(text: str, language: str, expected: list[str], models: Models) -> None:
    """A name headed by a word for a state (a reich, an empire, a kingdom) is a place; a body of the state or a
    company named after the word keeps its name."""
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Министр ушёл в отставку Если Вы заметите ошибку в тексте, выделите её.", "ru", "Если Вы"),  # (a footer run on)
        ("The minister resigned If You notice a mistake in the text, select it.", "en", "If You"),
    ],
)
def test_a_span_of_function_words_ner_calls_a_body_is_none(text: str, language: str, words: str, models: Models) -> None:
    """Pronouns, conjunctions and particles with a capital name nothing, whatever NER tagged (natasha reads «Если
    Вы» in a site's footer as ORG)."""
    from pipeline.record import Mention

    article = make_article(text, language=language)
    annotate(article, context())
    extract_countries(article, context())
    start = text.index(words)
    article.mentions.append(Mention(type="ORG", text=words, start=start, end=start + len(words)))
    assert extract_organisations(article, context()).organisations == []


@pytest.mark.parametrize(
    ("text", "language", "name", "short"),
    [
        ("Кредиторы настаивают на банкротстве телеканала World Fashion Channel. Угроза над World Fashion Channel (WFC) "
         "нависла из-за конфликта с кредитором. Владельцы WFC погасили часть долга.", "ru", "World Fashion Channel", "WFC"),
        ("Creditors have sued the company Nordic Fashion Systems. The threat to Nordic Fashion Systems (NFS) arose from "
         "a dispute with its lender. The owners of NFS deny it.", "en", "Nordic Fashion Systems", "NFS"),
    ],
)
def test_a_name_a_body_word_introduces_once_is_a_body_where_it_is_defined(text: str, language: str, name: str,
                                                                          short: str, models: Models) -> None:
    """A long form defined by its letters with nothing before it to say what it names is the body's that a
    word of bodies puts before the same name elsewhere in the text."""
    found = [(o.name, o.abbreviation) for o in _run(text, models, language).organisations]
    assert found == [(name, short)], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the Senate, 87 voted for the U.S.–Korea agreement, and the House passed it later.",
         {"United States Senate", "United States House of Representatives"}),
        # in a text that names no United States, the word names no chamber of its Congress
        ("The Senate of Poland voted on the budget, and Warsaw approved it.", set()),
    ],
)
def test_a_name_a_body_goes_by_only_in_its_countrys_text(text: str, expected: set[str], models: Models) -> None:
    from pipeline.facts.organisations.registry import load_registry, out_of_its_country

    found = {o.name for o in _run(text, models, "en").organisations if o.registry_id}
    assert found == expected
    senate = load_registry()["us_senate"]
    text = "Voting in the Senate changed, and the Arizona Senate and the United States Senate agreed."
    at = text.index("Senate")
    morph = models.morph
    assert out_of_its_country(senate, text, at, at + 6, {"PL"}, morph) \
        and not out_of_its_country(senate, text, at, at + 6, {"US"}, morph)
    state = text.index("Senate", text.index("Arizona"))
    assert out_of_its_country(senate, text, state, state + 6, {"US"}, morph)  # another's name ends with the word
    whole = text.index("United States Senate")
    assert not out_of_its_country(senate, text, whole, whole + 20, set(), morph)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Russian body's short name alone in a text about Russia, in any case
        ("Минфин предложил поправки, а ЦБ повысил ставку. Россия и Китай договорились о займе Минфина.",
         ["Министерство финансов Российской Федерации", "Центральный банк Российской Федерации"]),
        # after another country's adjective or before another country's name it is that country's body, and
        # in a text that names such a body the short name alone is nobody's in particular
        ("Глава японского МИДа прибыл в Москву, где его встретила Россия.", ["японский МИД"]),
        ("Минфин Белоруссии сообщил о займе. Россия дала кредит, заявили в МИД России. В МИД добавили детали.",
         ["Министерство финансов Республики Беларусь", "Министерство иностранных дел Российской Федерации"]),
        # in a text that names no Russia the short name stays as written
        ("Минфин предложил поправки к бюджету.", ["Минфин"]),
        # in a text that names one other country's body so, the short name alone is that body
        ("Глава британского МИД заявил о Brexit. Россия промолчала. МИД сообщил о встрече.", ["британский МИД"]),
        ("Глава британского МИД заявил о Brexit. Глава японского МИДа промолчал. МИД сообщил о встрече.",
         ["британский МИД", "японский МИД", "МИД"]),
    ],
)
def test_a_russian_bodys_short_name_in_a_text_about_its_country(text: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, "ru").organisations] == expected


def test_a_federal_reserve_bank_by_its_city_is_a_body(models: Models) -> None:
    text = "The series come from the Chicago Fed, the Philadelphia Fed and the St. Louis Fed. Cattle were fed with hay."
    assert {o.name for o in _run(text, models, "en").organisations} == {"Chicago Fed", "Philadelphia Fed", "St. Louis Fed"}


@pytest.mark.parametrize(
    ("text", "language", "bodies"),
    [
        # the one who declares something ("argues that", «сообщило, что»), the source data are given by
        ("The National Conference of State Legislatures argues that vote centers save money, while the Texas "
         "House of Representatives Committee on Elections reviewed the counties.", "en",
         {"National Conference of State Legislatures", "Texas House of Representatives Committee on Elections"}),
        ("Фонд развития гражданских инициатив сообщил, что явка выросла. По данным Левада-Центра, доверие снизилось.",
         "ru", {"Фонд развития гражданских инициатив", "Левада-Центр"}),
    ],
)
def test_a_body_that_declares_or_gives_data_is_one_in_a_scholarly_article(
        text: str, language: str, bodies: set[str], models: Models) -> None:
    references = [Reference("Smith J. (2020) Votes. Journal, 1, 1-2.")]
    names = {o.name for o in _run(text, models, language, references).organisations}
    assert bodies <= names, names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Учёные создали высокотемпературные сверхпроводники из непроводников\n\nИсследователи Брукхейвенской "
         "национальной лаборатории сообщили об открытии физического эффекта, который может стать основой получения "
         "нового класса высокотемпературных сверхпроводников. Так называют материалы, которые теряют электрическое "
         "сопротивление уже при охлаждении до многих десятков градусов по абсолютной шкале.", "ru",
         {"Брукхейвенская национальная лаборатория"}),
        ("Scientists made superconductors of insulators\n\nResearchers at the Brookhaven National Laboratory reported "
         "a physical effect that may found a new class of superconductors. Such materials lose all electrical "
         "resistance when cooled to many tens of degrees above absolute zero.", "en", {"Brookhaven National Laboratory"}),
    ],
)
def test_the_people_a_sentence_opens_with_are_no_part_of_their_bodys_name(text: str, language: str, names: set[str],
                                                                        models: Models) -> None:
    """«Исследователи Брукхейвенской национальной лаборатории»: the people, then their body's name."""
    from pipeline.analysis import analyze

    assert {o.name for o in analyze(text).organisations} == names


def test_a_head_word_a_name_goes_on_after_is_no_reference_back(models: Models) -> None:
    """"the Centre" after the International Centre for Policy Studies refers back to it; "the Centre for
    Political and Legal Reforms" is another body."""
    text = ("The International Centre for Policy Studies (ICPS) ran projects. The Centre published a newsletter. "
            "Paul also attacked the Centre for Political and Legal Reforms for having a picture on its website.")
    article = _run(text, models, "en")
    names = {o.name: o for o in article.organisations}
    assert "Centre for Political and Legal Reforms" in names
    icps = names["International Centre for Policy Studies"]
    assert [m.text for m in article.mentions if m.fact_id == icps.id] == ["International Centre for Policy Studies", "ICPS", "Centre"]


@pytest.mark.parametrize(("language", "text", "body"), [
    ("en", "The Chinese government raised tariffs, and the World Trade Organization heard the case.", "Chinese government"),
    ("ru", "Китайское правительство повысило пошлины, и Всемирная торговая организация рассмотрела спор.",
     "Китайское правительство"),
])
def test_a_states_body_by_its_adjective_in_a_scholarly_article(language: str, text: str, body: str, models: Models) -> None:
    """«китайское правительство» names the body in Russian prose of any kind; in a scholarly article's
    English prose "the Chinese government" is a description, as the news name one and articles do not."""
    from pipeline.record import Reference

    scholarly = make_article(text, language=language, references=[Reference("Smith J. (2020) Trade. Journal, 1, 1-2.")])
    news = make_article(text, language=language)
    for article in (scholarly, news):
        annotate(article, context())
        extract_countries(article, context())
        extract_organisations(article, context())
    assert (body in {o.name for o in scholarly.organisations}) is (language == "ru")
    assert body in {o.name for o in news.organisations}


@pytest.mark.parametrize(
    ("text", "scholarly", "expected"),
    [
        ("After 2022 the Russian government tried to limit the platforms; the Government of the Russian Federation "
         "adopted a decree.", True, ["Government of the Russian Federation"]),
        ("After 2022 the Russian government tried to limit the platforms.", True, []),
        ("The study followed pro-Russian government activity on Telegram.", False, []),
        # a news text's "the Russian government" is the body
        ("After 2022 the Russian government tried to limit the platforms.", False,
         ["Government of the Russian Federation"]),
    ],
)
def test_a_states_government_described_in_scholarly_prose_is_no_body(text: str, scholarly: bool,
                                                                    expected: list[str]) -> None:
    from pipeline.analysis import analyze

    article = analyze(f"Introduction\n\n{text}\n\n{_REFERENCES}" if scholarly else text)
    assert [o.name for o in article.organisations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Industry gaps use concordances provided by the US Bureau of Economic Analysis (BEA); real value "
         "added as measured by the BEA keeps rising.", {"U.S. Bureau of Economic Analysis": "BEA"}),
        ("Inflation comes from the Bureau of Labor Statistics and budgets from the Ministry of Finance of the "
         "Russian Federation.", {"Bureau of Labor Statistics": "BLS", "Ministry of Finance of the Russian Federation": None}),
    ],
)
def test_a_registered_name_joined_by_small_words_is_the_body_in_a_scholarly_article(
        text: str, expected: dict[str, str]) -> None:
    """"of", "for" inside a name are no description ("the Russian government" is): the registry's body."""
    from pipeline.analysis import analyze

    article = analyze(f"Introduction\n\n{text}\n\n{_REFERENCES}")
    assert {o.name for o in article.organisations} == set(expected)
    assert all(o.registry_id for o in article.organisations)
    assert all(o.abbreviation == short for o in article.organisations if (short := expected[o.name]))


@pytest.mark.parametrize(
    "text",
    [
        "Table 3. Employment in the United States versus the European Union (UNIDO), 1995-2007.",
        "Таблица 3. Занятость в странах Европейского союза (ЮНИДО), 1995–2007 гг.",
    ],
)
def test_letters_of_another_body_after_a_registered_name_are_not_its_short_form(text: str) -> None:
    """A source in brackets after a name is no definition: the union keeps its own letters."""
    from pipeline.analysis import analyze

    union = next(o for o in analyze(text).organisations if o.registry_id == "eu")
    assert union.abbreviation in ("EU", "ЕС")


def test_a_russian_scholarly_articles_government_in_small_letters_stays_a_body() -> None:
    """Russian writes a body's name in small letters as a matter of course («правительство России»)."""
    from pipeline.analysis import analyze

    article = analyze("Введение\n\nПосле 2022 года правительство России ограничило платформы.\n\nСписок литературы\n\n"
                      "1. Иванов И. И. Таможня. М., 2015.\n\n2. Петров П. П. Право. М., 2019.\n")
    assert [o.name.lower() for o in article.organisations] == ["правительство россии"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samples were bought from GoodFellow Co. and analysed by ION-TOF GmbH in Germany.",
         ["GoodFellow Co.", "ION-TOF GmbH"]),
        ("The Co atoms of the AG News data were counted.", []),
    ],
)
def test_a_companys_legal_form_after_its_name_makes_it_a_body_in_scholarly_prose(text: str,
                                                                                  expected: list[str]) -> None:
    """In a scholarly article's English prose a name NER alone offers counts for nothing, unless
    something says it is a body: a company's legal form after it is such evidence."""
    from pipeline.analysis import analyze

    article = analyze(f"Introduction\n\n{text}\n\n{_REFERENCES}")
    assert [o.name for o in article.organisations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of a named thing is a body, the thing is none; a method named after a person is no one's
        ("Trade flows come from CEPII's BACI, and distances from CEPII's GeoDist database.", ["CEPII"]),
        ("The test uses Student's T-test and Fisher's Exact Test.", []),
        # the agent of what a body does to data or work
        ("The survey data were provided by Eurostat in 2020.", ["Eurostat"]),
        ("Исследование выполнено по заказу CEPII в 2020 году.", ["CEPII"]),
    ],
)
def test_an_owner_or_an_agent_in_scholarly_prose_is_a_body(text: str, expected: list[str]) -> None:
    from pipeline.analysis import analyze

    article = analyze(f"Introduction\n\n{text}\n\n{_REFERENCES}")
    assert [o.name for o in article.organisations] == expected


@pytest.mark.parametrize("text", ["Trade costs rose with distance. © 2018 Elsevier B.V. All rights reserved.",
                                  "Tariffs rose. © 2019 by the President and Fellows of Harvard College and the MIT.",
                                  "Торговые издержки росли. © 2020 ООО «Издательство Юрайт». Все права защищены."])
def test_the_holder_of_the_rights_to_the_text_is_none_of_its_facts(text: str) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).organisations == []


def test_a_name_without_its_country_is_none_of_two_countries_bodies(models: Models) -> None:
    text = "The Russian Academy of Sciences and the Chinese Academy of Sciences signed it; the Academy of Sciences said so."
    assert len(_run(text, models, "en").organisations) == 3


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # NER stopped before the complement of a name that ends in an organisation word
        ("Guidance was issued by the European Union Agency for Cybersecurity in 2020.", "en",
         ["European Union Agency for Cybersecurity"]),
        # a registered body's name opening a longer name is no mention of it; "of the WCO" after a body is
        ("Our data come from the United Nations Industrial Development Organization in Vienna.", "en",
         ["United Nations Industrial Development Organization"]),
        ("The Technical Committee of the World Customs Organization met in June.", "en",
         ["Technical Committee of the World Customs Organization", "World Customs Organization"]),
        ("The Centre for Economic Policy Research and the Institute for Fiscal Studies agree.", "en",
         ["Centre for Economic Policy Research", "Institute for Fiscal Studies"]),
        # a French particle before the name's last word
        ("We thank the University of Cote d'Azur for comments on the paper.", "en", ["University of Cote d'Azur"]),
        ("Мы благодарим Университет Кот-д'Азюр и Федеральную таможенную службу.", "ru",
         ["Университет Кот-д'Азюр", "Федеральная таможенная служба"]),
        # an article after "for" goes with the complement
        ("The American Council for an Energy-Efficient Economy lobbied the regulators in 2009.", "en",
         ["American Council for an Energy-Efficient Economy"]),
        ("Отчёт подготовил Центр по изучению проблем народонаселения и Институт экономики.", "ru",
         ["Центр по изучению проблем народонаселения", "Институт экономики"]),
        # NER stopped at the organisation word, before «по ...»; the letters in brackets with a legal form
        ("Пилотным проектом является Международный центр по обогащению урана (ОАО «МЦОУ»), созданный в Ангарске.",
         "ru", ["Международный центр по обогащению урана"]),
    ],
)
def test_a_names_complement_after_its_organisation_word(text: str, language: str, expected: list[str],
                                                     models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Пользователи проводят в сети больше времени. О бизнесе социальных игр читайте в статье Частного "
         "корреспондента «Жара продолжается», а о рекламе — в интервью Иванова «Рынок растёт».", "ru",
         ["Частный корреспондент"]),
        ("Users spend more time online. The story was first told in the Private Correspondent article \"Heat Goes "
         "On\", and in the Smith interview \"Markets Grow\".", "en", ["Private Correspondent"]),
    ],
)
def test_the_publisher_of_a_piece_named_with_its_title_is_a_body(text: str, language: str, expected: list[str],
                                                                  models: Models) -> None:
    """«в статье X «Title»», "the X article "Title"": X published it (not a person's surname), and the
    title names no body."""
    assert [o.name for o in _run(text, models, language).organisations] == expected


def test_a_word_on_copyright_in_the_prose_is_no_rights_line(models: Models) -> None:
    text = "Copyright law is set at the World Intellectual Property Organization, which copyright holders lobby."
    assert [o.name for o in _run(text, models, "en").organisations] == ["World Intellectual Property Organization"]


@pytest.mark.parametrize(("text", "references", "expected"), [
    ("Our data come from the United Nations Industrial Development Organization's (2013) INDSTAT 4 dataset.",
     "References\n\n1. United Nations Industrial Development Organization. 2013. INDSTAT 4 database. Vienna.\n\n"
     "2. Smith, J. 2010. Trade. Journal of Trade 3: 1-9.\n", "United Nations Industrial Development Organization"),
    ("Всемирный банк (2019) оценивает издержки торговли в регионе.",
     "Список литературы\n\n1. Всемирный банк. 2019. Доклад о мировом развитии. Вашингтон.\n\n"
     "2. Иванов И. И. 2010. Торговля. М.: Юрайт.\n", "Всемирный банк"),
])
def test_a_body_cited_in_the_sentence_is_named_there(text: str, references: str, expected: str) -> None:
    """"the UNIDO's (2013) data", «Всемирный банк (2019) оценивает»: the year is the citation's, the body
    named in the sentence is one of the text's."""
    from pipeline.analysis import analyze

    names = [o.name for o in analyze(f"Introduction\n\n{text}\n\n{references}").organisations]
    assert any(expected.lower() in n.lower() for n in names)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # kinds of plants and schools by their abbreviation, a body's documents, a body named by its kind only
        ("Население представляет себе работу ГЭС или ТЭС, а строительство АЭС прекращено.", "ru"),
        ("Выпускники учились в учреждениях СПО (33%) и НПО (6%), реже в НИИ.", "ru"),
        ("Однако предложенных Методик и Порядка недостаточно для решения задачи.", "ru"),
        ("При поддержке Госкорпорации создан центр знаний.", "ru"),
        ("Construction of new NPPs stopped, and several NGOs protested.", "en"),
        ("The Corporation reported that knowledge was lost.", "en"),
    ],
)
def test_kinds_documents_and_back_references_name_no_body(text: str, language: str, models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == []


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        # a name the dictionary knows only inside a longer guess («Рос|атома») has the cases of one word
        ("Госкорпорация «Росатом» работает. Опыт Росатома важен для отрасли.", "Росатом", "Росатома"),
        ("Компания «Ростелеком» растёт. Выручка Ростелекома выросла.", "Ростелеком", "Ростелекома"),
    ],
)
def test_a_one_word_name_in_two_cases_is_one_body(text: str, name: str, other: str, models: Models) -> None:
    found = _run(text, models).organisations
    assert len(found) == 1 and found[0].name in (name, other)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # plants and border crossings are facilities; the body that runs them stays
        ("Авария на Чернобыльской АЭС изменила отрасль, а грузы пошли через МАПП Верхний Ларс.", "ru", []),
        ("Концерн «Росэнергоатом» управляет Калининской АЭС и Нововоронежской АЭС.", "ru", ["Росэнергоатом"]),
        ("The Fukushima Daiichi Nuclear Power Plant failed, and the Tokyo Electric Power Company operated it.", "en",
         ["Tokyo Electric Power Company"]),
        # an airport named with its word before or after the name, in small letters or opening the sentence
        ("Самолёт вылетел из Вашингтонского аэропорта, а Аэропорт Шереметьево закрыт.", "ru", []),
        ("The flights from Sheremetyevo airport were cancelled by Aeroflot.", "en", ["Aeroflot"]),
        # a building's name after its word, or opening with it
        ("Прощание пройдёт во Дворце молодёжи, памятник открылся возле бизнес-центра «Демидов».", "ru", []),
        # a name in quotes right after the word for its facility; a legal form before the quotes makes a company
        ("Самолёт приземлился в аэропорту «Домодедово», матч прошёл на стадионе «Лужники».", "ru", []),
        ("Компания «Аэропорт Домодедово» сообщила о росте.", "ru", ["Аэропорт Домодедово"]),
        ("The plane landed at the airport \"Domodedovo\" on time; Aeroflot said so.", "en", ["Aeroflot"]),
        # so are pipelines and a gas transmission system; the company that runs one stays
        ("Транзит газа через ГТС Украины продлён, газопровод «Северный поток-2» достроен.", "ru", []),
        ("The Nord Stream 2 pipeline was built by Nord Stream 2 AG.", "en", ["Nord Stream 2 AG"]),
    ],
)
def test_plants_and_crossings_are_facilities(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("written", "name"),
    [
        # the declined last part of a compound; quotes in pairs
        ("Левада-Центром", "Левада-Центр"),
        # an adjective before the noun it agrees with, though its likelier reading is a noun («малое»)
        ("Малым театром", "Малый театр"),
        ("Рабочей группой", "Рабочая группа"),
        ("Альфа-Групп", "Альфа-Групп"),
        # a stump compound the dictionary does not hold, read by its known last noun; a guess without one stays
        ("Росприроднадзора", "Росприроднадзор"),
        ("Рыбохраны", "Рыбохрана"),
        ("Росгвардии", "Росгвардия"),
        ("Гринписа", "Гринписа"),
        ("Минцифры", "Минцифры"),  # (a ministry's stump keeps the rest in the genitive)
        ("ООО «Газпром межрегионгаз", "ООО «Газпром межрегионгаз»"),
        ("«Газпром", "Газпром"),
        ('"Tea Party', "Tea Party"),
        ('Fund "Open Society"', 'Fund "Open Society"'),
    ],
)
def test_a_name_as_the_record_gives_it(written: str, name: str, models: Models) -> None:
    assert nominative(written, models.morph) == name


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a registered company's product, and registered letters a label makes a part's number
        ("Data were analyzed with Microsoft Excel and indexed in Google Scholar.", "en", []),
        ("Microsoft Corporation and Google compete for cloud clients.", "en", ["Microsoft", "Google"]),
        # its kind in several words after the name is no product: the company itself
        ("The Rosatom State Corporation set targets; the Rosneft Oil Company agreed.", "en", ["Rosatom", "Rosneft"]),
        ("Отчёт Rosatom State Corporation вышел в 2015 году.", "ru", ["Росатом"]),
        ("The results are robust to the choice of years (see Section IIB).", "en", []),
        ("Результаты устойчивы к выбору лет (см. раздел IIB).", "ru", []),
        # a name of words after a label's word is no part's number: the issuer of the act the word names
        ("В России так. В Определении Верховного Суда от 17 января 2017 г. суд отказал в иске.", "ru",
         ["Верховный Суд Российской Федерации"]),
        ("Кредиты странам союза выдаёт МИБ.", "ru", ["Международный инвестиционный банк"]),
    ],
)
def test_a_registered_name_that_names_a_product_or_a_part(text: str, language: str, expected: list[str],
                                                         models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the organisation's word capitalised as a sentence's first word, the place it belongs to after it
        ("Сборная России по хоккею проиграла в финале. Мэрия Казани открыла новый каток.", "ru",
         {"Сборная России", "Мэрия Казани"}),
        ("В финале сборная России проиграла, а мэрия Казани открыла новый каток.", "ru",
         {"сборная России", "мэрия Казани"}),
        ("The Club of Rome published a report on the limits to growth.", "en", {"Club of Rome"}),
    ],
)
def test_a_body_named_by_its_place_opening_a_sentence(text: str, language: str, expected: set[str],
                                                      models: Models) -> None:
    assert {o.name for o in _run(text, models, language).organisations} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a body named by its place, written before it, is what the text names
        ("По данным департамента экономики администрации Томской области, рост составил 5%.",
         {"департамент экономики администрации Томской области"}),
        ("Решение принял президиум правительства Чувашской Республики в мае.",
         {"президиум правительства Чувашской Республики"}),
        # a post before the body is no part of it
        ("Об этом заявил пресс-секретарь правительства Чувашской Республики.", {"правительство Чувашской Республики"}),
        # a part's word with its field after «по» before a body in the genitive is that body's part
        ("Лукашенко встретился с делегацией комитета по политике и безопасности Совета ЕС в Минске.",
         {"комитет по политике и безопасности Совета ЕС", "Совет Европейского союза"}),
        ("Проект одобрил комитет по экономической политике Государственной думы.",
         {"комитет по экономической политике Государственной думы", "Государственная Дума Федерального Собрания Российской Федерации"}),
        ("Переговоры по вопросам торговли ВТО продолжатся.", {"Всемирная торговая организация"}),
        # a part's word opening the text
        ("Судейский комитет ФИФА назвал имена арбитров чемпионата.", {"Судейский комитет ФИФА", "ФИФА"}),
    ],
)
def test_a_part_of_a_body_written_before_it(text: str, expected: set[str], models: Models) -> None:
    from pipeline import analyze

    assert {o.name for o in analyze(text, models=models).organisations} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Конкурс проводится с 2004 года, Lenta.ru напоминает. Жюри возглавит певец, сообщает baltinfo.ru.", "ru",
         {"Lenta.ru", "baltinfo.ru"}),
        ("The deal is off, according to Politico.com; Axios.com writes that talks go on.", "en",
         {"Politico.com", "Axios.com"}),
        # a file, a link, an address: no site that speaks
        ("Отчёт лежит в файле report.pdf на странице www.customs.gov.ru/news, пишите на info@customs.ru.", "ru", set()),
        ("The file data.csv is at https://example.com/data; write to press@example.org.", "en", set()),
    ],
)
def test_a_site_a_news_text_quotes_by_its_domain_is_a_medium(text: str, language: str, expected: set[str]) -> None:
    from pipeline.analysis import analyze

    assert {o.name for o in analyze(text).organisations} == expected


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("In 2004 President Viktor Yanukovych lost the election to Viktor Yushchenko. Russia and the Yanukovych camp "
         "preferred political technology, and Yanukovych's campaign manager agreed with the Yanukovych side.", "en",
         "Yanukovych"),
        ("Виктор Янукович проиграл выборы. Штаб Януковича спорил, а Янукович обратился в суд.", "ru", "Янукович"),
        # a given name or a surname with a hyphen
        ("Perhaps the most prominent advocate of this position is Professor Ernst-Ulrich Petersmann. For Petersmann, "
         "constitutionalism is less an institutional arrangement than a set of normative values. In this context, "
         "Petersmann invokes the familiar story of Ulysses. Moreover, Petersmann's most recent writings suggest that "
         "human rights lie at the core. Petersmann repeatedly praises European integration law.", "en", "Petersmann"),
        ("Наиболее известный сторонник этой позиции — писатель Михаил Салтыков-Щедрин. Для Салтыкова-Щедрина "
         "государство есть набор ценностей. Салтыков-Щедрин ссылается на историю Улисса, а Салтыков-Щедрин "
         "неоднократно хвалит право.", "ru", "Салтыков"),
    ],
)
def test_a_surname_the_text_gives_with_its_given_name_is_a_person_alone(text: str, language: str, person: str,
                                                                        models: Models) -> None:
    """However NER labels the surname written alone, the full name elsewhere says who it is."""
    from pipeline.analysis import analyze

    names = {o.name for o in analyze(f"Introduction\n\n{text}\n\n{_REFERENCES}").organisations}
    assert not any(person in name for name in names)


def test_letters_after_a_plural_word_for_bodies_name_their_field_not_a_body() -> None:
    """«мощности предприятий ЯТЦ»: the enterprises of the fuel cycle; «компания Michelin» introduces one."""
    from pipeline.analysis import analyze

    text = ("Доступные мощности предприятий ЯТЦ ограничены, и графики ввода предприятий ЯТЦ сдвигаются. "
            "Шины поставляет компания Michelin.")
    names = {o.name for o in analyze(f"Введение\n\n{text}\n\nСписок литературы\n\n1. Иванов И. И. Таможня. М., 2015."
                                     "\n\n2. Петров П. П. Право. М., 2019.\n").organisations}
    assert names == {"Michelin"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("В данной работе использованы данные, предоставленные Е. М. Андреевым (РЭШ), и данные переписей.", "Андреев"),
        ("The data were kindly provided by J. K. Smithson (IDSR) and cover the census years.", "Smithson"),
    ],
)
def test_a_person_with_initials_before_his_bodys_letters_is_no_body(text: str, person: str) -> None:
    from pipeline.analysis import analyze

    assert not any(person in o.name for o in analyze(text).organisations)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a territory by its word is a place, however NER labels it
        ("Введение\n\nПри анализе на основании взвешенных данных ярко проявляется феномен Белгородской области—этот, "
         "в общем-то периферийный, регион привлекает молодежь.", "област"),
        ("Introduction\n\nThe data show the phenomenon of the Belgorod Region, while the Tambov Province lags.", "Region"),
        # common words opening a sentence (here a heading the columns set inside one), no organisation's word
        ("Введение\n\nПосле распада Советского Союза и либе-\n\nМиграция молодежи по данным текущего статистического "
         "учета за 2003–2010 гг. рализации правил регистрации учет изменился.", "Миграция"),
    ],
)
def test_territories_and_common_phrases_opening_a_sentence_are_no_bodies(text: str, gone: str) -> None:
    from pipeline.analysis import analyze

    article = analyze(f"{text}\n\n{_REFERENCES}")
    assert not any(gone in o.name for o in article.organisations)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Introduction\n\nIn a series of important papers Joreskog [40, 41, and 43] developed a method. Applications "
         "of Joreskog's scheme are common, and Taubman and Wales [68] report data of this kind.", "Joreskog"),
        ("Введение\n\nВ серии работ Йорескога [40, 41] развит метод. Схемы Йорескога применяются широко, а Таубман и "
         "Уэйлс [68] приводят такие данные.", "Йореског"),
    ],
)
def test_a_surname_the_text_cites_by_number_is_a_person_alone(text: str, person: str) -> None:
    from pipeline.analysis import analyze

    assert not any(person in o.name for o in analyze(f"{text}\n\n{_REFERENCES}").organisations)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Отрицательно заряженные центры окраски (NV - центры) в алмазе служат сенсором. Ядерный спин NV-центра "
         "позволяет измерять вращение, а IT-компании строят на нём гироскопы.", "ru"),
        ("Negatively charged colour centres (NV - centres) in diamond serve as sensors. The nuclear spin of an "
         "NV-centre measures rotation, and IT-based firms build gyroscopes on it.", "en"),
    ],
)
def test_letters_a_hyphen_joins_to_a_small_word_name_no_body(models: Models, text: str, language: str) -> None:
    """«NV-центр», "IT-based": capitals joined by a hyphen to a word in small letters modify it."""
    assert _run(text, models, language=language).organisations == []


@pytest.mark.parametrize(
    ("text", "language", "makers"),
    [
        ("Образцы исследовали на микроскопе (Bruker, Германия) и окрашивали реактивом (Sigma-Aldrich, США). "
         "Выборку собирали в Казани (Казань, Россия).", "ru", ["Bruker", "Sigma-Aldrich"]),
        ("Participants were tested on a PC running E-Prime software (version 2; Psychology Software Tools, "
         "Pittsburgh, USA). Cells were counted under a microscope (Carl Zeiss, Germany). Data came from Tokyo "
         "(Tokyo, Japan).", "en", ["Psychology Software Tools", "Carl Zeiss"]),
    ],
)
def test_a_maker_in_brackets_before_its_country_is_a_company(models: Models, text: str, language: str,
                                                              makers: list[str]) -> None:
    """A methods section names what it used with its maker and the maker's place in brackets."""
    assert [o.name for o in _run(text, models, language=language).organisations] == makers


@pytest.mark.parametrize(
    ("text", "makers"),
    [
        # the town of a company named right before the bracket is its address; a model's code before its maker
        ("Imaging was conducted on a 3T Siemens AG (Erlangen, Germany) scanner. Cells were counted under a "
         "microscope (Carl Zeiss, Germany).", ["Siemens AG", "Carl Zeiss"]),
        ("Снимки получены на томографе Siemens AG (Эрланген, Германия) и на микроскопе (Bruker, Германия).",
         ["Siemens AG", "Bruker"]),
    ],
)
def test_a_companys_address_in_brackets_is_no_other_company(models: Models, text: str, makers: list[str]) -> None:
    from pipeline import analyze

    assert [o.name for o in analyze(text, models=models).organisations] == makers


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Migration from the Soviet Union and Romania grew after 1990. The European Research Council funded the study.",
         ["European Research Council"]),
        ("Мигранты из Советского Союза и Румынии прибывали после 1990 года. Исследование оплатил Российский научный фонд.",
         ["Российский научный фонд"]),
    ],
)
def test_places_joined_by_and_are_no_body(models: Models, text: str, bodies: list[str]) -> None:
    from pipeline import analyze

    assert [o.name for o in analyze(text, models=models).organisations] == bodies


@pytest.mark.parametrize(
    "text",
    ["Архитектура симулятора NS-3 реализована по модели ISO/OSI, что упрощает её изучение.",
     "The NS-3 simulator follows the ISO/OSI model, which makes it easier to study."],
)
def test_a_bodys_letters_joined_by_a_slash_to_others_name_a_model(models: Models, text: str) -> None:
    """"ISO/OSI": the letters of a model, not the standards body."""
    assert _run(text, models, language="en" if text.startswith("The") else "ru").organisations == []


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Методология обсуждалась на совещаниях МАГАТЭ/ИНПРО, а затем МАГАТЭ утвердило её.", "ru",
         "Международное агентство по атомной энергии"),
        ("The method was discussed at IAEA/INPRO meetings, and the IAEA approved it.", "en",
         "International Atomic Energy Agency"),
    ],
)
def test_a_bodys_letters_slashed_and_alone_name_the_body(models: Models, text: str, language: str, body: str) -> None:
    """Letters a text also writes alone are the body's, joined by a slash or not: one body."""
    assert [o.name for o in _run(text, models, language=language).organisations] == [body]


def test_an_english_name_whose_body_word_follows_of_names_no_body() -> None:
    """"Denial of Service": the word of bodies after "of" is the complement's; "University of Oxford" keeps its head."""
    from pipeline.facts.organisations.definitions import word_lists
    from pipeline.facts.organisations.names import headed
    from pipeline.nlp.models import Models as _Models

    morph = _Models().morph
    heads = word_lists(morph)[2]
    assert not headed("Denial of Service", heads, morph) and not headed("Quality of Service", heads, morph)
    assert headed("University of Oxford", heads, morph) and headed("Ministry of Finance", heads, morph)
    assert headed("Федеральная таможенная служба", heads, morph)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The final sample included 87 men and 112 women.\n\nWelfare Recipient\n\nAfrican American\n\nLazy\n\nLow Agency\n\n"
         "High Agency\n\nLow Experience\n\nUnhappy\n\nThe ratings were stable across the studies.", "en"),
        ("В выборку вошли 87 мужчин и 112 женщин.\n\nПолучатель пособия\n\nЛенивый\n\nНизкое Агентство\n\n"
         "Высокое Агентство\n\nМалый опыт\n\nНесчастный\n\nОценки были устойчивы во всех исследованиях.", "ru"),
    ],
)
def test_the_words_of_a_chart_name_no_bodies(models: Models, text: str, language: str) -> None:
    """Five short lines or more in a row without a stop are a chart's axes and legends, even with a word for bodies."""
    assert _run(text, models, language=language).organisations == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a surname an author-year citation gives is the person wherever the text writes it alone
        ("Indeed, the study by Bewley (1999) gives direct evidence that such a norm exists and is responsible for "
         "wage stickiness. His extensive open-ended interviews sought to elicit why employers failed to cut money "
         "wages in the recession of 1991–1992. Bewley concludes that employers were reluctant to cut wages. We have "
         "seen one prominent example of the use of such knowledge: Bewley's interviews uncovered the common "
         "understanding of the norms regarding wage cuts.", "en", []),
        # a body cited with a year stays a body, in either language
        ("Eurostat (2019) reports that trade grew. Eurostat also publishes monthly data on the European Union.", "en",
         ["Eurostat", "European Union"]),
        ("Данные Росстата (2020) показывают рост. Эти данные Росстата согласуются с оценками Минэкономразвития.", "ru",
         ["Федеральная служба государственной статистики", "Министерство экономического развития Российской Федерации"]),
    ],
)
def test_people_cited_with_a_year_are_no_organisations(text: str, language: str, expected: list[str],
                                                       models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "surname"),
    [("Donors follow the laws of those countries (Stroup 2012; Stroup and Murdie 2012).", "Murdie"),
     ("Доноры следуют законам этих стран (Строуп, 2012; Строуп и Мерди, 2012).", "Мерди")],
)
def test_surnames_of_a_later_citation_in_the_same_brackets(text: str, surname: str, models: Models) -> None:
    """Each surname of the citations brackets hold is a person's, not only the first one's."""
    from pipeline.facts.organisations.people import cited_by_year
    from pipeline.lexicon.gazetteer import lemma_of

    assert lemma_of(surname, models.morph) in cited_by_year(text, models.morph)


def test_a_person_named_in_full_before_a_possessive_is_that_person_elsewhere(models: Models) -> None:
    from pipeline.facts.organisations.people import named_people
    from pipeline.record import Mention

    text = "Betty Friedan's book describes the norms. Just as Friedan's housewives waxed their floors, parents leave bequests."
    mentions = [Mention(type="PER", text="Betty Friedan's", start=0, end=15)]
    assert "friedan" in {name.lower() for name in named_people(text, mentions, models.morph)}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a city NER reads as a place in one sentence and as a body in another, in quotes among tags
        ("Путеводитель iSpbGuide - приложение с достопримечательностями по Санкт-Петербургу. На вход генератору "
         "подаются теги, определяющие тематику квестов (например, \"Пётр 1\", \"Санкт-Петербург\").", "ru", []),
        ("The app shows sights in Barcelona. Quests use the tags \"Gaudi\" and \"Barcelona\" to pick places.", "en", []),
        # a body named after its place keeps its name
        ("Flights from Dubai doubled. Dubai Customs reported record numbers of passengers.", "en", ["Dubai Customs"]),
        ("Рейсы из Дубая удвоились. Таможня Дубая сообщила о рекордном числе пассажиров.", "ru", ["Таможня Дубая"]),
        # capitalised words an organisation word heads that NER reads as a place (English names NER missed are
        # read from such runs; Russian ones are not)
        ("The EU decided in 2015 to label goods produced in the West Bank, and then the Asian Development Bank "
         "followed.", "en", ["European Union", "Asian Development Bank"]),
    ],
)
def test_a_place_named_as_a_body_is_the_place(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a system named by its kind's letters, before or after the name, is a thing (not letters a company's
        # product often shares its name with: "the TikTok API", "Oracle DBMS")
        ("Ядро ГИС «ObjectLand» используется через технологию COM.", "ObjectLand"),
        ("Корпус спроектирован в САПР «Компас» за неделю.", "Компас"),
        ("The core of the ObjectLand GIS is used through COM.", "ObjectLand"),
        ("The roads were mapped in the Panorama GIS last year.", "Panorama"),
    ],
)
def test_a_system_named_by_its_kinds_letters_is_a_thing(text: str, name: str, models: Models) -> None:
    from pipeline.facts.organisations.things import next_word, thing_beside

    start = text.index(name)
    after = next_word(text, start + len(name), models.morph)
    assert thing_beside(text, start, name, after, models.morph)


@pytest.mark.parametrize(
    ("caption", "header", "rows", "text_has", "added"),
    [
        # a table of parties: each row's name is one; the total, bare letters, a country and numbers are none
        ("Table 4: Party seat shares, malapportioned and corrected", ["", "Uncorr", "Corr", "Diff"],
         [["Frente para la Victoria", "63", "76", "13"], ["Movimiento Popular Neuquino", "1", "2", "1"],
          ["PSDB", "66", "74", "8"], ["Union Civica Radical", "24", "20", "-4"], ["Argentina", "1", "1", "0"],
          ["Partido Socialista", "4", "5", "1"], ["Total", "257", "257", "0"]],
         "Union Civica Radical", ["Frente para la Victoria", "Movimiento Popular Neuquino", "Partido Socialista"]),
        ("Таблица 2 – Показатели кредитных организаций", ["Банк", "Активы, млрд руб.", "Доля, %"],
         [["1 Сбербанк", "41 000", "31"], ["2 ВТБ", "20 000", "15"], ["3 Газпромбанк", "8 000", "6"],
          ["4 Альфа-Банк", "6 000", "5"], ["5 Россельхозбанк", "4 000", "3"], ["Итого", "79 000", "60"]],
         "Газпромбанк", ["Сбербанк", "Альфа-Банк", "Россельхозбанк"]),
        # a table whose caption and first header say nothing of bodies gives none, nor one whose caption
        # speaks of bodies in passing
        ("Table 1: Malapportionment by province", ["Province", "Seats", "Population"],
         [["Catamarca", "5", "367828"], ["Chubut", "5", "509108"], ["Formosa", "5", "530162"]], "", []),
        ("TABLE 1—DISTRIBUTION OF FIRM EMPLOYMENT BY TYPE OF FIRM", ["Sector", "Share", "Firms"],
         [["Agriculture", "0.02", "na"], ["Mining", "0.01", "na"], ["Construction", "0.05", "na"]], "", []),
        ("Таблица 3 – Маршруты переезда юридических фирм по регионам", ["Путь", "Число фирм"],
         [["Москва → Московская область", "120"], ["Пермский край → Москва", "30"], ["Томская область → Москва", "25"]],
         "", []),
    ],
)
def test_organisations_only_the_rows_of_a_table_of_bodies_name(caption: str, header: list[str], rows: list[list[str]],
                                                               text_has: str, added: list[str]) -> None:
    from pipeline.facts.organisations.tables import organisations_in_tables
    from pipeline.record import Organisation, Table

    article = make_article("Текст." if "Банк" in header else "Text.")
    article.language = "ru" if "Банк" in header else "en"
    article.tables = [Table(caption=caption, header=header, rows=rows)]
    article.organisations = [Organisation(id="org-1", name=text_has, mentions=2)] if text_has else []
    organisations_in_tables(article, context())
    assert [o.name for o in article.organisations[1 if text_has else 0:]] == added
    assert all(o.mentions == 1 for o in article.organisations[1 if text_has else 0:])


@pytest.mark.parametrize(
    ("text", "language", "header", "rows", "added"),
    [
        # rows of families of parties the text speaks of in small letters or before "parties"
        ("The share ranged from 47% (Catholic parties) to 66% (liberal parties); conservative and minority "
         "candidates were supported by the Centre Party.", "en", ["Party", "Entries", "Wins"],
         [["Catholic", "203", "96"], ["Conservative", "521", "274"], ["Liberal", "854", "561"],
          ["Minority", "121", "71"], ["Centre Party", "100", "50"]], ["Centre Party"]),
        ("Либеральные партии получили больше мест, чем консервативные и социалистические; лидирует партия «Единство».", "ru",
         ["Партия", "Места", "Доля"],
         [["Либеральные", "20", "0,3"], ["Консервативные", "15", "0,2"], ["Социалистические", "10", "0,1"],
          ["Единство", "30", "0,4"]], ["Единство"]),
    ],
)
def test_a_row_that_names_a_family_of_bodies_is_none(text: str, language: str, header: list[str],
                                                     rows: list[list[str]], added: list[str]) -> None:
    from pipeline.facts.organisations.tables import organisations_in_tables
    from pipeline.record import Table

    article = make_article(text)
    article.language = language
    article.tables = [Table(caption="Table 1", header=header, rows=rows)]
    organisations_in_tables(article, context())
    assert [o.name for o in article.organisations] == added


@pytest.mark.parametrize(
    ("text", "entry", "language", "work"),
    [
        ("In Civil Society under Authoritarianism, Teets studies how the state tolerates advocacy groups. "
         "Civil Society under Authoritarianism draws on fieldwork, and Freedom House data confirm it.",
         "Teets, Jessica C. 2014. Civil Society under Authoritarianism: The China Model. New York: Cambridge "
         "University Press.", "en", "Civil Society under Authoritarianism"),
        ("В книге «Открытое Общество и Его Враги» Поппер спорит с историцизмом. «Открытое Общество и Его Враги» "
         "цитирует Федеральная таможенная служба.",
         "Поппер К. 1992. Открытое Общество и Его Враги: в 2 т. М.: Феникс.", "ru", "Открытое Общество и Его Враги"),
    ],
)
def test_a_cited_works_title_is_no_organisation(text: str, entry: str, language: str, work: str, models: Models) -> None:
    """Words the reference list gives as a work's title after its year name the work where the text cites it."""
    names = [o.name for o in _run(text, models, language, [Reference(text=entry)]).organisations]
    assert names and not any(work.lower() in n.lower() or n.lower() in work.lower() for n in names)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # a company's legal form after its name, with a comma or without, in a sentence or a table's cell
        ("The lobbying report was submitted by Akin Gump Strauss Hauer & Feld, LLP on behalf of its client.", "en",
         ["Akin Gump Strauss Hauer & Feld, LLP"]),
        ("Apparel (315)\n\nHanesbrands, Inc.\n\nLeather (316)\n\nNike, Inc.", "en", ["Hanesbrands, Inc.", "Nike, Inc."]),
        # the Russian legal form opens the name
        ("Поставки вело ООО «Транзит-Логистик», а хранение — АО «Терминал».", "ru",
         ["Транзит-Логистик", "Терминал"]),
    ],
)
def test_companies_named_with_their_legal_form(models: Models, text: str, language: str, names: list[str]) -> None:
    found = [o.name for o in _run(text, models, language=language).organisations]
    assert all(any(name in f for f in found) for name in names), found


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Conconi et al. (2014) found that membership in the Democratic party lowers support for trade liberalisation.",
         "en", "Democratic party"),
        ("Членство в партии «Справедливая Россия» снижает поддержку либерализации торговли.", "ru",
         "Справедливая Россия"),
    ],
)
def test_a_party_named_with_the_word_party_in_small_letters(models: Models, text: str, language: str, name: str) -> None:
    assert [o.name for o in _run(text, models, language=language).organisations] == [name]


def test_a_country_adjective_before_party_names_no_party(models: Models) -> None:
    assert _run("The Chinese party and the Russian party disagreed on tariffs.", models, language="en").organisations == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("According to the International Trade Commission, tariff revenue grew. The proposals are reviewed by the "
         "U.S. International Trade Commission (USITC) before a vote.", "en", "United States International Trade Commission"),
        ("The Census Bureau counts firms; the United States Census Bureau also counts plants.", "en", "Census Bureau"),
        # the country after the name
        ("Представители МЧС России прибыли в город. Позже МЧС сообщило о проверке.", "ru", "МЧС России"),
        ("Представители Министерства экологии Казахстана прибыли. Позже Министерство экологии сообщило о проверке.",
         "ru", "Министерство экологии Казахстана"),
        ("Officials of the Ministry of Ecology of Kazakhstan arrived. Later the Ministry of Ecology reported a check.",
         "en", "Ministry of Ecology of Kazakhstan"),
        # the country's adjective before the name
        ("Экспорт вырос, как сообщило китайское правительство. Правительство Китая опубликовало данные.", "ru",
         "китайское правительство"),
        ("Exports grew, the Chinese Government reported. The Government of China published data.", "en",
         "Government of China"),
        # its short form before the country too, and without the country at all: one body named three ways
        ("Новым главой МИД Великобритании стал бывший министр. Министерство иностранных дел Великобритании возглавил "
         "человек, который ведёт страну к статусу колонии. МИД возглавит Джереми Хант.", "ru",
         "Министерство иностранных дел Великобритании"),
        ("The Ministry of Foreign Affairs of Ukraine issued a statement. Later the Foreign Affairs Ministry of Ukraine "
         "added details. The Ministry of Foreign Affairs declined to comment.", "en", "Ministry of Foreign Affairs of Ukraine"),
    ],
)
def test_a_name_without_its_country_is_the_countrys_body(models: Models, text: str, language: str, name: str) -> None:
    """A body named once with its country before or after it (of one word or of two) and once without is one."""
    assert [o.name for o in _run(text, models, language=language).organisations] == [name]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The approach rests on differences among firms: In any given industry, a few large firms export. "
         "Such protrade firms: Those same firms may seek protection.", "en"),
        ("Подход опирается на различия между компаниями: В любой отрасли экспортирует лишь несколько крупных фирм.", "ru"),
    ],
)
def test_a_capital_after_a_colon_is_no_list_of_bodies(models: Models, text: str, language: str) -> None:
    """After a plural word for bodies and a colon, one capitalised word opens a sentence; a list names two."""
    assert _run(text, models, language=language).organisations == []


def test_a_committee_named_without_its_chamber_is_the_chambers(models: Models) -> None:
    """"Ways and Means Committee" after "House Ways and Means Committee": one committee, the House's."""
    text = ("Rangel was the ranking member of the House Ways and Means Committee. Membership in the Ways and Means "
            "Committee in the House or the Finance Committee in the Senate is coded. Baucus chaired the Senate "
            "Finance Committee.")
    names = [o.name for o in _run(text, models, language="en").organisations]
    assert "House Ways and Means Committee" in names and "Senate Finance Committee" in names
    assert "Ways and Means Committee" not in names and "Finance Committee" not in names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Firms spend $253,094 a year on a trade agreement. The top spenders include AT&T, Daimler, Chevron and "
         "Pfizer.", "en", ["AT&T", "Daimler", "Chevron", "Pfizer"]),
        ("Крупнейшие компании, в том числе Газпром, Лукойл и Роснефть, поддержали соглашение.", "ru",
         ["Газпром", "Лукойл", "Роснефть"]),
    ],
)
def test_the_bodies_a_plural_word_says_include(models: Models, text: str, language: str, names: list[str]) -> None:
    found = [o.name for o in _run(text, models, language=language).organisations]
    assert all(any(name in f for f in found) for name in names), found


def test_countries_a_plural_word_says_include_are_no_bodies(models: Models) -> None:
    assert _run("The top exporters include China, Germany and Japan.", models, language="en").organisations == []


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Скорей всего в октябре состоится полёт «Индевор». НАСА не объявило о переносе даты старта «Атлантиса».", "ru",
         ["НАСА"]),
        ("The Endeavour shuttle flew in October, and the Discovery shuttle stayed at the Kennedy Space Center.", "en",
         ["Kennedy Space Center"]),
    ],
)
def test_a_craft_named_by_its_flight_is_no_body(models: Models, text: str, language: str, names: list[str]) -> None:
    assert [o.name for o in _run(text, models, language=language).organisations] == names


def test_a_name_goes_on_over_an_ampersand(models: Models) -> None:
    """"&" joins the last words of a name with a complement; the piece after it is no name of its own."""
    text = "Data come from the News Interest Index (Pew Research Center for the People & the Press, 2001)."
    assert [o.name for o in _run(text, models, language="en").organisations] == [
        "Pew Research Center for the People & the Press"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unaffiliated voters lean toward the Republican (vs. Democratic) Party, compared with others.", "en"),
        ("Избиратели голосовали за Партию (против «Единой России») Справедливость и за Фронт (но не) Союз.", "ru"),
    ],
)
def test_no_name_runs_across_a_brackets_end(models: Models, text: str, language: str) -> None:
    names = [o.name for o in _run(text, models, language=language).organisations]
    assert all(n.count("(") == n.count(")") for n in names), names
    assert "Democratic) Party" not in names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # a name NER gives a body's label, listed with people's names, is a person's
        ("Recent books by Sarah Bush, Jessica Teets, and Amanda Murdie bring new evidence. Amanda Murdie's Help "
         "or Harm asks whether NGOs do good.", "en", []),
        ("Книги Анны Смирновой, Ольги Ивановой и Марии Козловой вышли в этом году. Их поддержал Всемирный банк.", "ru",
         ["Всемирный банк"]),
        # a statistic's letter or name after a possessive is the method's, not a body's
        ("Effect sizes (Cohen's d, Pearson's r, Cronbach's alpha) are reported with KPMG's report.", "en", ["KPMG"]),
    ],
)
def test_people_listed_with_people_and_statistics_are_no_bodies(models: Models, text: str, language: str,
                                                                 names: list[str]) -> None:
    from pipeline import analyze

    assert [o.name for o in analyze(text + "\n", models=models).organisations] == names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a newspaper a source's words name, in quotes
        ("По данным «Учительской газеты», реформа идёт медленно.", "ru", "Учительская газета"),
        # "as" before a name and a verb of reporting after it
        ("Как сообщила «Новая газета», задержаны сотни людей.", "ru", "Новая газета"),
        ("As The New York Times reported in 2010, the tariffs hurt farmers.", "en", "The New York Times"),
    ],
)
def test_a_source_of_reports_is_a_body(models: Models, text: str, language: str, name: str) -> None:
    from pipeline import analyze

    assert [o.name for o in analyze(text + "\n", models=models).organisations] == [name]


def test_as_before_a_surname_and_a_verb_of_saying_is_no_body(models: Models) -> None:
    from pipeline import analyze

    assert analyze("As Smith noted, tariffs hurt farmers.\n", models=models).organisations == []


def test_a_body_a_name_grew_over_stays_a_body(models: Models) -> None:
    """«обком КПСС», «Институт ... РАН»: the name takes in the body it belongs to, which stays one of its own."""
    text = "Тишков — директор Института этнологии и антропологии РАН. Он был первым секретарём Свердловского обкома КПСС."
    names = [o.name for o in _run(text, models).organisations]
    assert "РАН" in " ".join(names) and "КПСС" in names, names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The evaluation was done with Spandana, one of India's fastest growing MFIs at the time.", "en", "Spandana"),
        ("Опрос провела Спандана — крупная микрофинансовая организация Индии.", "ru", "Спандана"),
    ],
)
def test_an_apposition_that_says_what_body_it_is_outweighs_ners_place(models: Models, text: str, language: str,
                                                                     name: str) -> None:
    from pipeline import analyze

    assert name in [o.name for o in analyze(text + "\n", models=models).organisations]


def test_an_apposition_of_a_place_or_a_country_names_no_body(models: Models) -> None:
    from pipeline import analyze

    text = "Hyderabad, a large city, grew. Russia, a large country, and China, one of the largest economies, met.\n"
    assert analyze(text, models=models).organisations == []


@pytest.mark.parametrize(
    "text",
    [
        "Команда отдала дань погибшему Эдуарду Мишлену, одному из президентов группы компаний Michelin.",
        "Dave Donatelli, a manager of the company, left in May.",
    ],
)
def test_an_apposition_headed_by_a_post_names_a_person(models: Models, text: str) -> None:
    from pipeline import analyze

    names = [o.name for o in analyze(text + "\n", models=models).organisations]
    assert not any("Мишлен" in n or "Donatelli" in n for n in names), names


def test_a_name_and_the_same_with_a_word_for_the_whole_body_are_one(models: Models) -> None:
    text = ("The Honeynet Project studies attacks on networks. The methods of the blackhat community were learned "
            "from the results of the Honeynet Project Organization.")
    assert len(_run(text, models, language="en").organisations) == 1


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Законопроект рассмотрел Комитет Государственной Думы по бюджету и налогам.", "ru",
         "Комитет Государственной Думы по бюджету и налогам"),
        ("Департамент ЕЭК по таможенному законодательству подготовил проект.", "ru",
         "Департамент ЕЭК по таможенному законодательству"),
        ("The bill went to the State Duma Committee on Budget and Taxes in May.", "en",
         "State Duma Committee on Budget and Taxes"),
    ],
)
def test_a_bodys_unit_keeps_its_field_after_the_body(models: Models, text: str, language: str, name: str) -> None:
    assert name in [o.name for o in _run(text, models, language=language).organisations]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Cells were filtered through a polycarbonate membrane (0.2 μm) (Millipore) and counted under an Axiovert 200 "
         "inverted microscope (Carl Zeiss). We used the least squares method (OLS) and a linear model (Model A). "
         "An Olympus microscope (BXFM) and a camera (Optika C-B5) watched the growth.", "en",
         ["Millipore", "Carl Zeiss"]),
        ("Клетки подсчитывали под микроскопом (Carl Zeiss), метод наименьших квадратов (МНК) дал оценки.", "ru",
         ["Carl Zeiss"]),
    ],
)
def test_the_maker_in_brackets_after_an_instruments_word(models: Models, text: str, language: str,
                                                          names: list[str]) -> None:
    assert [o.name for o in _run(text, models, language=language).organisations] == names


@pytest.mark.parametrize(
    ("text", "language", "surname"),
    [
        ("The paradigm has been weakened by crises (Blyth 2013; McNamara and Newman 2020). The EU is developing "
         "statist institutions (McNamara 2023). The World Trade Organization agrees.", "en", "McNamara"),
        ("Парадигма ослабла (Иванов 2013; МакНамара и Петров 2020). Союз развивает институты (МакНамара 2023). "
         "Всемирная торговая организация согласна.", "ru", "МакНамара"),
    ],
)
def test_a_surname_with_a_capital_inside_cited_with_a_year_is_a_person(text: str, language: str, surname: str,
                                                                        models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert surname not in names and any(n.startswith(("World Trade", "Всемирная")) for n in names), names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Союз развивает институты и таможню. Евразийская экономическая комиссия подписала соглашение.",
         ["Евразийская экономическая комиссия"]),
        # a verb inside quotes is the name's own
        ("Фонд «Мы поможем» и Центр стратегических разработок подписали соглашение.",
         ["Фонд «Мы поможем»", "Центр стратегических разработок"]),
    ],
)
def test_a_russian_name_holds_no_verb_outside_quotes(text: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, "ru").organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "bloc"),
    [
        ("Young people leave the border of Kursk and Orel regions, drawn by regional centers: Belgorod, Kursk, "
         "Orel, Tula and Lipetsk. Trade within the ASEAN region grew, and ASEAN adopted a customs agreement.\n\n"
         "Table 1\n\nBelgorod region\n\nKursk region Orel region\n\nTula region Lipetsk region", "en", "ASEAN"),
        ("Молодёжь уезжает из города Орла и из г. Курска в региональные центры: Белгород, Курск, Орёл. Торговля в "
         "регионе ЕАЭС выросла, и ЕАЭС принял Таможенный кодекс.", "ru", "ЕАЭС"),
    ],
)
def test_a_name_the_text_calls_a_place_is_no_body(text: str, language: str, bloc: str, models: Models) -> None:
    organisations = _run(text, models, language).organisations
    names = [o.name for o in organisations]
    assert not any(n in names for n in ("Orel", "Kursk", "Tula", "Lipetsk", "Орёл", "Курск")), names
    assert any(bloc in [o.name, o.abbreviation, *o.aliases] for o in organisations), names


@pytest.mark.parametrize(
    ("text", "language", "reserve"),
    [
        ("Here lies the Berezinsky reserve, founded in 1925. Berezinsky protects the marshes; Berezinsky staff count "
         "the cranes.", "en", "Berezinsky"),
        ("Здесь находится биосферный заповедник «Березинский», созданный в 1925 году. «Березинский» охраняет болота, "
         "а гидрологический заказник «Сервечь» занимает 38 % территории; «Сервечь» расширен в 1997 году.", "ru",
         "Березинский"),
    ],
)
def test_a_nature_reserve_is_a_place_and_no_body(text: str, language: str, reserve: str, models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert not any(reserve in n or "Сервечь" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the owner of a thing, a name with a complement, without the possessive
        ("The U.S. Department of Energy's loan office lent money; the Federal Energy Regulatory Commission agreed.",
         "en", ["U.S. Department of Energy", "Federal Energy Regulatory Commission"]),
        # a year after a name is its citation's or the text's, no part of the name
        ("The Energy Institute of Alabama 2016 report was cited by the Federal Energy Regulatory Commission.", "en",
         ["Energy Institute of Alabama", "Federal Energy Regulatory Commission"]),
        ("Отчёт Министерства энергетики 2023 года изучила Федеральная таможенная служба.", "ru",
         ["Министерство энергетики", "Федеральная таможенная служба"]),
    ],
)
def test_a_name_without_its_owners_mark_or_a_year_after_it(text: str, language: str, expected: list[str],
                                                           models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "present", "absent"),
    [
        # a table's row read across its columns: the name, the country, the kind of body
        ("Table 3. Banks: Commerzbank Germany Bank 12 Deutsche Bank Germany Bank 51 DZ Bank Germany Bank 19 Barclays "
         "United Kingdom Bank 40. The European Central Bank supervises Deutsche Bank; the Bank of England supervises "
         "Barclays.", "en", ["Deutsche Bank", "DZ Bank", "European Central Bank", "Bank of England"],
         ["Deutsche Bank Germany Bank", "DZ Bank Germany Bank", "Barclays United Kingdom Bank"]),
        # a Russian name holds its country as a complement
        ("Таблица 3. Банки: Банк России 12, Торгово-промышленная палата России 51. Банк России надзирает за банками.",
         "ru", ["Центральный банк Российской Федерации", "Торгово-промышленная палата Российской Федерации"], []),
    ],
)
def test_a_tables_row_read_across_a_country_column_is_cut_at_the_country(text: str, language: str, present: list[str],
                                                                         absent: list[str], models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert all(n in names for n in present) and not any(n in names for n in absent), names


@pytest.mark.parametrize(
    ("name", "lang", "opens"),
    [("The Acme", "en", True), ("When Acme", "en", True), ("Then Acme", "en", True), ("Royal Acme", "en", False),
     ("В Китае", None, True), ("Но Китай", None, True), ("Затем Газпром", None, True), ("Норильский никель", None, False)],
)
def test_one_list_of_words_that_open_a_sentence_before_a_name(name: str, lang: str | None, opens: bool) -> None:
    from pipeline.facts.organisations.names import sentence_opener

    assert bool(sentence_opener(lang).match(name)) == opens


@pytest.mark.parametrize(
    ("name", "common"),
    [("компании в России", True), ("самый популярный банк в России", True), ("крупнейшие банки на Урале", True),
     ("крупнейший банк в России", True), ("посольство США в России", False), ("российское посольство в Токио", False),
     ("Министерство финансов", False)],
)
def test_a_kind_of_body_and_where_such_bodies_are_names_none(name: str, common: bool, morph: Morph) -> None:
    from pipeline.data import load_lines
    from pipeline.facts.organisations.evidence import common_words
    from pipeline.lexicon.gazetteer import lemma_of

    heads = frozenset(lemma_of(w, morph) for w in load_lines("org_heads.txt"))
    assert common_words(name, heads, morph) == common


@pytest.mark.parametrize(
    ("text", "language", "body", "person"),
    [
        ("U.S. civil antitrust enforcement has weakened over the past decades. Vivek Ghosal studied Department of "
         "Justice enforcement actions between 1958 and 2002. Ghosal defines a structural break as a statistic. The "
         "exception is Ghosal's findings of a 1979 break.", "en", "Department of Justice", "Ghosal"),
        ("Иван Петров показал, что таможенные сборы выросли. Петров считает, что Федеральная таможенная служба права.",
         "ru", "Федеральная таможенная служба", "Петров"),
    ],
)
def test_a_scholar_named_before_what_he_did_is_a_person_by_surname_too(text: str, language: str, body: str,
                                                                       person: str, models: Models) -> None:
    names = [o.name for o in _run(text, models, language).organisations]
    assert body in names and person not in names, names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Представители Министерства экологии Казахстана и Министерства экологии Киргизии встретились. "
         "Позже Министерство экологии сообщило о проверке.", "ru"),
        ("The Ministry of Ecology of Kazakhstan and the Ministry of Ecology of Kyrgyzstan met. "
         "Later the Ministry of Ecology reported a check.", "en"),
    ],
)
def test_a_name_two_countries_share_is_neither_countrys_body(models: Models, text: str, language: str) -> None:
    names = [o.name for o in _run(text, models, language=language).organisations]
    assert len(names) == 3, names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Китайское правительство и правительство Японии обменялись нотами.", "ru"),
        ("The Chinese Government and the Government of Japan exchanged notes.", "en"),
    ],
)
def test_one_countrys_adjective_names_no_other_countrys_body(models: Models, text: str, language: str) -> None:
    assert len(_run(text, models, language=language).organisations) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Средства индивидуализации перечислены в ст. 1225 ГК РФ. Знак может быть зарегистрирован в любом цвете "
         "(ст. 1482 ГК). В определении знака в ст. 1477 ГК не перечисляются его признаки. Ст. 128 ГК РФ относит их "
         "к объектам прав.", "ru"),
        ("Remedies are listed in Section 2-711 of the UCC. The buyer may reject the goods (Section 2-601 of the UCC), "
         "and Section 2-508 of the UCC lets the seller cure.", "en"),
    ],
)
def test_what_a_provisions_number_stands_before_is_an_act(models: Models, text: str, language: str) -> None:
    # «ст. 1482 | ГК», "Section 2-601 of the | UCC": the name after a provision is a code's, however often it comes back
    assert _run(text, models, language=language).organisations == []


def test_a_provision_of_a_bodys_act_leaves_the_body(models: Models) -> None:
    text = ("The situation could come close to a state of necessity within the meaning of Article 25 of the International "
            "Law Commission's Draft Articles on Responsibility of States.")
    assert "International Law Commission" in [o.name for o in _run(text, models, language="en").organisations]


@pytest.mark.parametrize(
    ("text", "language", "courts"),
    [
        ("As the Supreme Court in Pasquantino v. United States found, the line is not clear. The Court in Pasquantino "
         "characterized the prosecution. On similar facts, the First Circuit Court of Appeals in Boots held that the "
         "rule applied (United States v. Boots).", "en", ["Supreme Court", "First Circuit Court of Appeals"]),
        # the court named by the case it decided ("the Pasquantino Court"; Russian says «суд по делу Пасквантино», above)
        ("In Pasquantino v. United States the Supreme Court held that the scheme was wire fraud. The Pasquantino Court "
         "reasoned that the revenue rule did not bar the prosecution.", "en", ["Supreme Court"]),
        ("Арбитражный суд Московского округа по делу Бутс постановил, что правило применимо. Верховный суд по делу "
         "Пасквантино согласился.", "ru", ["Арбитражный суд Московского округа", "Верховный суд"]),
    ],
)
def test_the_case_a_court_decided_is_no_part_of_its_name(text: str, language: str, courts: list[str],
                                                          models: Models) -> None:
    assert sorted(o.name for o in _run(text, models, language).organisations) == sorted(courts)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The Second Circuit decided the first case in 2001.\n\nC. European Community I: Civil RICO, the Revenue Rule, "
         "and the Patriot Act\n\nThe court held that the claim was barred.", "en", "European Community"),
        ("Второй округ рассмотрел первое дело в 2001 году.\n\nВ. Евразийская экономическая комиссия I: гражданский иск "
         "и налоговое правило\n\nСуд признал иск недопустимым.", "ru", "Евразийская экономическая комиссия"),
    ],
)
def test_a_headings_letter_in_an_outline_is_no_part_of_a_name(text: str, language: str, name: str,
                                                               models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == [name]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Как сообщили в МИДе России, посол вызван для консультаций. Представитель МИДа России пояснил решение.", "ru",
         "Министерство иностранных дел Российской Федерации"),
        ("Officers of the ECB's staff met, and the ECB's board agreed.", "en", "European Central Bank"),
    ],
)
def test_a_declined_or_possessed_short_form_is_its_body(text: str, language: str, name: str, models: Models) -> None:
    # «МИДе», «МИДа»: the capitals with a case's ending are the short form; "the ECB's": with the possessive
    assert [o.name for o in _run(text, models, language).organisations] == [name]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("В четверг сотрудники Госпиталя принцессы Марины в Габороне вынудили закрыть госпиталь.", "ru",
         "Госпиталь принцессы Марины"),
        ("On Thursday the staff of the Princess Marina Hospital in Gaborone forced the hospital to close.", "en",
         "Princess Marina Hospital"),
    ],
)
def test_a_body_named_after_a_woman_keeps_her_name(text: str, language: str, name: str, models: Models) -> None:
    # «Марины» may be a plural's nominative as well as her name's genitive: a person is one
    assert [o.name for o in _run(text, models, language).organisations] == [name]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("В концерте приняли участие солисты Музыкального театра имени Станиславского и Немировича-Данченко.", "ru",
         "Музыкальный театр имени Станиславского и Немировича-Данченко"),
        ("The Hermitage Museum lent two paintings to the exhibition.", "en", "Hermitage Museum"),
    ],
)
def test_a_theatre_a_museum_or_an_orchestra_is_a_body(text: str, language: str, name: str, models: Models) -> None:
    # the word for a cultural institution heads its name as «институт» or "Foundation" does
    assert [o.name for o in _run(text, models, language).organisations] == [name]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ('It would undermine "the branches\' foreign policymaking powers." The Second Circuit Court of Appeals in '
         "Trapilo concluded otherwise. Later the Second Circuit Court of Appeals agreed.", "en",
         "Second Circuit Court of Appeals"),
        ("Это подорвало бы «полномочия ветвей власти.» Апелляционный суд Второго округа решил иначе. Позже "
         "Апелляционный суд Второго округа согласился.", "ru", "Апелляционный суд Второго округа"),
    ],
)
def test_a_capital_after_a_quotation_that_ends_a_sentence_opens_the_next(text: str, language: str, name: str,
                                                                          models: Models) -> None:
    # 'powers." | The Second Circuit ...': the sentence ended inside the quotation, its "The" is the next sentence's
    assert [o.name for o in _run(text, models, language).organisations] == [name]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Уильямс добавил, что с прибытием астронавта Европейского космического агентства Томаса Райтера на "
         "следующем шаттле работа на станции пойдёт быстрее.", "ru", "Европейское космическое агентство"),
        ("Williams added that with the arrival of European Space Agency astronaut Thomas Reiter on the next "
         "shuttle the work on the station would go faster.", "en", "European Space Agency"),
    ],
)
def test_a_person_after_a_body_in_apposition_to_a_post_before_it_is_no_part_of_its_name(
        text: str, language: str, name: str, models: Models) -> None:
    # «астронавта ... Томаса Райтера»: the name agrees with the post, not with the body it stands after
    assert [o.name for o in _run(text, models, language).organisations] == [name]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Представителя Фонда Билла и Мелинды Гейтс встретили в Москве. Деньги на программу выделил Фонд Билла и "
         "Мелинды Гейтс.", "ru", "Фонд Билла и Мелинды Гейтс"),
        ("A representative of the Bill and Melinda Gates Foundation was met in Moscow. The Bill and Melinda Gates "
         "Foundation paid for the programme.", "en", "Bill and Melinda Gates Foundation"),
    ],
)
def test_a_body_named_after_two_people_keeps_both_names_whole(text: str, language: str, name: str,
                                                              models: Models) -> None:
    # NER may stop between a first name and its surname («Фонда Билла и Мелинды | Гейтс»); two people are
    # no one person's post («Представителя»)
    assert [o.name for o in _run(text, models, language).organisations] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a body's word in small letters is named for the person after it only where bodies are so named (a museum,
        # a fund); any other says whose body it is (a ministry by its minister, a company by its owner)
        ("По оценкам ведомства Антона Силуанова, бюджет потерял триллион. Сотрудники компании Олега Дерипаски уволены. "
         "В музее Андрея Сахарова прошла выставка, сообщила пресс-служба Рамзана Кадырова.",
         ["музей Андрея Сахарова", "пресс-служба Рамзана Кадырова"]),
    ],
)
def test_a_body_in_small_letters_is_named_for_a_person_only_where_bodies_are(text: str, names: list[str],
                                                                             models: Models) -> None:
    # (English puts the person first, "Siluanov's ministry": the class is Russian)
    assert [o.name for o in _run(text, models, "ru").organisations] == names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("«Я не прощаюсь с Большим театром», — сказал он. Он уходит с поста руководителя балета Большого театра.",
         "ru", "Большой театр"),
        ('"I am not leaving the Bolshoi Theatre," he said. He steps down as director of the Bolshoi Theatre ballet.',
         "en", "Bolshoi Theatre"),
    ],
)
def test_a_name_read_in_two_cases_is_one_body(text: str, language: str, name: str, models: Models) -> None:
    # «Большим» reads as «большой» and as the comparative «больший», alike likely: the name is one
    assert [o.name for o in _run(text, models, language).organisations] == [name]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Thorvald Stoltenberg had served two years as a substitute member in the Storting (parliament) before he "
         "was appointed to the cabinet.", "en", ["Storting"]),
        ("Он два года был депутатом. Позже Кнессет (парламент Израиля) принял закон о гражданстве.", "ru", ["Кнессет"]),
    ],
)
def test_a_name_explained_in_brackets_by_an_organisation_word_is_a_body(text: str, language: str, names: list[str],
                                                                      models: Models) -> None:
    # the word in brackets makes the name a body, and is no body of its own («парламент Израиля»)
    assert [o.name for o in _run(text, models, language).organisations] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("What do Democrats and Republicans do in the United States? Democrats in northern states spend more on "
         "welfare.", ["Democratic Party of the United States", "Republican Party of the United States"]),
        ("In Italy the Democrats and the League formed a coalition in 2019.", []),
        # the name in brackets after them is another country's party
        ("Unlike the United States, Brazil has many parties. In the table, PRB Republicans (Brazilian Republican "
         "Party) won seats.", ["Brazilian Republican Party"]),
    ],
)
def test_a_countrys_parties_by_their_members_in_a_text_about_that_country(text: str, names: list[str],
                                                                          models: Models) -> None:
    # "Democrats" stand for the party only where the text is about its country
    assert [o.name for o in _run(text, models, "en").organisations] == names


def test_two_surnames_a_citation_joins_are_its_authors_not_a_body(models: Models) -> None:
    # "Karol & Miguel" cited with a year are two people wherever the text names them; a company whose name
    # joins two words by "&" and that the text never cites stays a body
    text = ("Procter & Gamble said so. Scholars showed the link between casualties and votes for presidents (Karol & "
            "Miguel 2007). Karol & Miguel's results suggest the counterfactual.")
    assert [o.name for o in _run(text, models, "en").organisations] == ["Procter & Gamble"]


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Under its most minimal, Weberian definition, a state is an entity (Weber 1978). Organizations such as "
         "Weberian bureaucracies coordinate.", "Weberian", True),
        ("Keynesian economics spread after the war, as Keynes (1936) had hoped.", "Keynesian", True),
        # a name whose person the text never names is a body's ("the Smithsonian", founded by James Smithson)
        ("The Smithsonian opened a museum. Visitors to the Smithsonian came from far (Clark 2001).", "Smithsonian", False),
    ],
)
def test_an_adjective_made_of_a_persons_name_is_no_body(text: str, name: str, person: bool, models: Models) -> None:
    # "Weberian" of a Weber the text cites is the person's (Russian writes such an adjective in small letters,
    # «веберовская»: no name to take for a body)
    article = make_article(text, language="en")
    start = text.index(name)
    assert not_bodies(article, models.morph).holds(name, start, start + len(name), models.morph) is person


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Предприниматели обращаются к онлайн-картам, таким как 2ГИС или Яндекс.Карты. Данные Яндекс.Карты "
         "обновляются каждый день.", "ru", []),
        ("Компания «Яндекс» выпустила Яндекс.Браузер.", "ru", ["Яндекс"]),
        ("Audiences were measured by the Yandex.Radar data for May 2019. Yandex.Radar reports monthly.", "en", []),
        ("Yandex said it would launch Yandex.Maps in Turkey.", "en", ["Yandex"]),
    ],
)
def test_a_products_dotted_name_is_no_mention_of_its_maker(text: str, language: str, names: list[str],
                                                           models: Models) -> None:
    # «Яндекс.Карты» names the maps, not the company; the company named on its own stays
    assert [o.name for o in _run(text, models, language).organisations] == names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Об этом сообщает Газета.Ru. По данным Лента.ру, решение уже принято.", "ru", ["Газета.Ru", "Лента.ру"]),
        ("The decision was confirmed by Amazon.com, and the Yandex.Radar data agree.", "en", ["Amazon.com, Inc."]),
    ],
)
def test_a_sites_name_after_a_dot_stays_a_body(text: str, language: str, names: list[str], models: Models) -> None:
    # a domain's two or three letters after the dot make a site's name (an outlet, a shop), no product's
    assert sorted(o.name for o in _run(text, models, language).organisations) == sorted(names)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Viktor Yushchenko won the vote. The forum was attended by supporters of both Yushchenko and Yanukovych. "
         "Russia and the Yanukovych camp preferred political technology; Yanukovych's campaign manager sat on the "
         "board.", "en", "Yanukovych"),
        ("Виктор Ющенко победил на выборах. На форум пришли сторонники Ющенко и Януковича. Штаб Януковича "
         "потратил на кампанию 410 млн долларов.", "ru", "Януковича"),
    ],
)
def test_a_name_and_joins_to_a_person_is_a_person(text: str, language: str, name: str, models: Models) -> None:
    # a word joined by "and" to a surname the text names in full stands for a person as well
    article = _run(text, models, language)
    assert name not in [o.name for o in article.organisations]
    start = text.index(name)
    assert not_bodies(article, models.morph).holds(name, start, start + len(name), models.morph)


def test_a_name_joined_to_no_person_stays_a_body(models: Models) -> None:
    # "and" between two bodies makes neither a person
    text = "Gazprom and Rosneft signed the deal. Gazprom's exports grew, and Rosneft's fell."
    article = _run(text, models, "en")
    start = text.index("Rosneft")
    assert not not_bodies(article, models.morph).holds("Rosneft", start, start + 7, models.morph)


@pytest.mark.parametrize(
    ("text", "author", "name"),
    [
        ("This aligns with Øvretveit's recommendation of a standard for quality [22]. The study confirms "
         "Øvretveit's observation [24] that managers feel they have little control.", "Ovretveit J", "Øvretveit"),
        ("As Müller's model predicts, the trade grew [3]. Müller's argument holds for the customs union.",
         "Muller K", "Müller"),
    ],
)
def test_a_reference_lists_author_without_marks_is_the_marked_name_of_the_text(text: str, author: str, name: str,
                                                                               models: Models) -> None:
    # a reference list may print a name without the marks its text gives it ("Ovretveit J" for "Øvretveit")
    references = [Reference(text=f"{author}: A study of quality. J Health 2004, 17:368–376.", authors=[author])]
    article = _run(text, models, "en", references)
    assert name not in [o.name for o in article.organisations]
    start = text.index(name)
    assert not_bodies(article, models.morph).holds(name, start, start + len(name), models.morph)


@pytest.mark.parametrize(
    ("heading", "language"),
    [("1.5 Paper Organization", "en"), ("2.3 Экспертный совет исследования", "ru")],
)
def test_an_organisation_word_in_a_numbered_sections_heading_names_the_section(heading: str, language: str,
                                                                               models: Models) -> None:
    # a section's number makes its heading a heading of the paper, however its head word reads
    from pipeline import analyze

    body = {"en": ("Heavy tails in stochastic optimisation\n\n1 Introduction\n\nStochastic methods converge slowly when "
                   "the noise has heavy tails. We study clipped methods and their rates.\n\n{heading}\n\nThe remaining "
                   "part of the paper is organized as follows. In Section 2 we present the method."),
            "ru": ("Тяжёлые хвосты в стохастической оптимизации\n\n1 Введение\n\nСтохастические методы сходятся "
                   "медленно, когда шум имеет тяжёлые хвосты. Мы изучаем методы с отсечением.\n\n{heading}\n\n"
                   "Дальнейшая часть статьи построена так. В разделе 2 описан метод, в разделе 3 приведены эксперименты.")}
    assert analyze(body[language].format(heading=heading), models=models).organisations == []
    # a body named in the prose under such a heading stays one
    named = body[language].format(heading=heading) + {"en": " The World Customs Organization agreed.",
                                                      "ru": " Всемирная таможенная организация согласилась."}[language]
    assert len(analyze(named, models=models).organisations) == 1


def test_a_full_name_ner_calls_a_person_as_often_as_a_body_is_a_person(models: Models) -> None:
    text = ("Participants evaluated nine paintings by the US artist Jackson Pollock. We assessed the patterns "
            "participants saw in Jackson Pollock's paintings used in Study 3.")
    assert "Jackson Pollock" not in [o.name for o in _run(text, models, "en").organisations]


@pytest.mark.parametrize(
    ("text", "labels", "people"),
    [
        ("Jackson Pollock painted. Jackson Pollock's paintings sold.", ["PER", "ORG"], {"Jackson Pollock"}),
        ("Джексон Поллок писал картины. Картины Джексон Поллок продавал.", ["ORG", "PER"], {"Джексон Поллок"}),
        # a name NER calls a body more often than a person is left to the other tests
        ("Philip Morris sells. Philip Morris grew. Philip Morris said.", ["PER", "ORG", "ORG"], set()),
        # and so is one it never calls a body, or whose first word reads as no Russian given name or surname
        ("Carl Zeiss made the microscope. Carl Zeiss lenses were used.", ["PER", "PER"], set()),
        ("Скантроник Системс выпускает досмотровые комплексы. Скантроник Системс заявила о росте.", ["PER", "ORG"], set()),
    ],
)
def test_mostly_people_counts_ners_labels_of_a_full_name(text: str, labels: list[str], people: set[str],
                                                         models: Models) -> None:
    from pipeline.facts.organisations.people import mostly_people
    from pipeline.record import Mention

    name = " ".join(text.split()[:2]).rstrip(".")
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    mentions = [Mention(label, name, start, start + len(name)) for label, start in zip(labels, starts, strict=True)]
    assert mostly_people(text, mentions, models.morph) == people


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Мы разделили военнослужащих и милиционеров согласно званию. В двух случаях были разделены на части группы "
         "ISCO88 на трехзначном уровне. Экономисты (код 2441), бухгалтеры (2411) и счетоводы (3433) объединены в одну "
         "группу. В ISCO88 экономисты помещены в одну группу с учеными, занимающимися социальными науками.", "ru"),
        ("We split the military and the police by rank. In two cases the groups of ISCO88 were split at the "
         "three-digit level. Economists (code 2441), accountants (2411) and bookkeepers (3433) were put in one group. "
         "In ISCO88 economists share a group with social scientists.", "en"),
    ],
)
def test_capitals_with_a_number_glued_to_them_are_a_code(text: str, language: str, models: Models) -> None:
    # "ISCO88", «РТ1»: a classification, a model or a version, whatever NER calls the letters
    assert _run(text, models, language).organisations == []


def test_a_quoted_group_of_people_in_common_words_is_no_body(models: Models) -> None:
    # «группа «Сельскохозяйственные работники»» is a group of occupations; a movement named for its people and
    # «Врачи без границ» stay (English writes such groups without capitals, "agricultural workers", and gives NER
    # nothing to take)
    text = ("В профессиональной группе «Сельскохозяйственные работники» объединены квалифицированные работники. На 162 "
            "экономистов приходится 1 представитель группы «Философы, историки и политологи». Организация «Врачи без "
            "границ» помогла пострадавшим. Движение «Новые правые» провело митинг.")
    assert [o.name for o in _run(text, models).organisations] == ["Врачи без границ", "Новые правые"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("However, the city of Bendigo has preserved some historical rolls of all registered voters. Bendigo rolls "
         "list the names of voters. Sixty-one percent of Bendigo's registered voters turned out.", "en"),
        ("Однако город Бендиго сохранил исторические списки избирателей. Списки Бендиго содержат имена избирателей. "
         "В Бендиго проголосовал 61 процент зарегистрированных избирателей.", "ru"),
    ],
)
def test_a_name_the_text_calls_a_city_is_a_place(text: str, language: str, models: Models) -> None:
    # "the city of Bendigo", «город Бендиго»: the place, wherever else the name stands
    assert _run(text, models, language).organisations == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("In general, the Israeli Finance Ministry estimates the cost of the movement at $3.2 billion. A report of the "
         "Israeli Ministry of Finance gave the same figure.", "en", "Israeli Ministry of Finance"),
        ("The Justice Department opened a case in 2019. The Department of Justice closed it a year later.", "en",
         "U.S. Department of Justice"),
        # Russian names a ministry by its field after it, and its short form with it («Минюст»)
        ("Министерство юстиции Израиля оценило ущерб в 3,2 млрд долларов. Позднее Минюст Израиля уточнил оценку.", "ru",
         "Министерство юстиции Израиля"),
    ],
)
def test_a_ministry_named_by_its_field_before_it_is_the_one_named_with_of(text: str, language: str, name: str,
                                                                          models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == [name]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Note that while entities in the Government and Educational sectors suffer the highest breach rates, the rest "
         "do not. The architecture follows a layered pattern with a clear separation between the Presentation, Access "
         "Control, Service and Persistence layers (Fig. 1).", "en", []),
        # a body's own name, its word for a body last or with "of" in it, stays before its members
        ("The Confederation of Indian Industry and Commerce members met in Delhi. The Ways and Means Committee members "
         "voted.", "en", ["Confederation of Indian Industry and Commerce", "Ways and Means Committee"]),
        # Russian writes such words in small letters («государственный и образовательный секторы»): no name to take
        ("Члены Торгово-промышленной палаты и Союза промышленников собрались в Москве.", "ru",
         ["Торгово-промышленная палата", "Союз промышленников"]),
    ],
)
def test_capitalised_words_joined_before_a_plural_name_kinds(text: str, language: str, names: list[str],
                                                             models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Under the Trading with the Enemy Act the Administration froze the assets in 2003, and the Administration later "
         "widened the sanctions (Smith 2010). The Tribunal in Vienna found that the measures amounted to expropriation; "
         "the Legislature did not respond.", "en", ["Tribunal in Vienna"]),
        # the word after the body named in full is that body again
        ("The European Commission proposed a tariff. The Commission then withdrew it.", "en", ["European Commission"]),
        ("Европейская комиссия предложила пошлину. Комиссия затем отозвала её.", "ru", ["Европейская комиссия"]),
    ],
)
def test_an_english_word_for_a_body_alone_is_a_body_of_a_kind(text: str, language: str, names: list[str],
                                                              models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == names


def test_a_company_with_its_legal_form_before_a_verb_stays_a_body(models: Models) -> None:
    text = ("In the first quarter of 2016, Qualcomm, Inc. declares spending $1,730,000 lobbying on support for the "
            "agreement.")
    assert "Qualcomm" in " ".join(o.name for o in _run(text, models, "en").organisations)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("The study was done at the Medical Department of the Kamuzu Central Hospital (KCH) in Lilongwe. The Medical "
         "Department of KCH has 40 beds. KCH serves the central region.", "en",
         ["Medical Department of the Kamuzu Central Hospital"]),
        ("Лаборатория Камского машиностроительного завода (КМЗ) провела испытания. Лаборатория КМЗ подтвердила "
         "результаты.", "ru", ["Лаборатория Камского машиностроительного завода", "Камский машиностроительный завод"]),
    ],
)
def test_a_short_form_inside_a_name_stands_for_its_long_form(text: str, language: str, names: list[str],
                                                             models: Models) -> None:
    # "the Medical Department of KCH" is the Medical Department of the Kamuzu Central Hospital named before
    assert [o.name for o in _run(text, models, language).organisations] == names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("The World Customs Organization Secretariat published the guide. Later the WCO Secretariat revised it.", "en",
         ["World Customs Organization", "World Customs Organization Secretariat"]),
        ("Делегация ЕАЭС встретилась с секретариатом Евразийского экономического союза. Секретариат ЕАЭС одобрил план.",
         "ru", ["Евразийский экономический союз", "секретариат Евразийского экономического союза"]),
        # the body's word before the organisation and after it
        ("The Secretariat of the World Customs Organization published the guide. Later the WCO Secretariat revised it.",
         "en", ["Secretariat of the World Customs Organization", "World Customs Organization"]),
        ("Секретариат Всемирной таможенной организации опубликовал руководство. Позже Секретариат ВТамО его пересмотрел.",
         "ru", ["Секретариат Всемирной таможенной организации", "Всемирная таможенная организация"]),
    ],
)
def test_a_registered_bodys_short_form_inside_a_name_stands_for_its_full_name(text: str, language: str,
                                                                              names: list[str], models: Models) -> None:
    # «Секретариат ЕАЭС» is the secretariat of the Eurasian Economic Union the text names in full
    assert sorted(o.name for o in _run(text, models, language).organisations) == sorted(names)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("According to the New York Times and the Washington Post, NASA launched the probe in May.", "en",
         ["The New York Times", "The Washington Post", "NASA"]),
        ("Как сообщает Нью-Йорк таймс со ссылкой на Аль-Джазиру, НАСА запустило зонд в мае.", "ru",
         ["The New York Times", "Аль-Джазира", "НАСА"]),
    ],
)
def test_the_registrys_media_and_agencies_in_both_languages(text: str, language: str, names: list[str],
                                                            models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Deep learning models brought major advances. CNNs capture spatial features, and hybrid architectures "
         "combining CNN and LSTM layers have produced strong results.", "en", []),
        ("Viewers of CNN sorted into echo chambers, and CNN's audience shrank in 2020.", "en", ["CNN"]),
        ("Как сообщила Си-эн-эн, аудитория канала сократилась в 2020 году.", "ru", ["CNN"]),
    ],
)
def test_registry_letters_the_text_writes_in_the_plural_name_a_kind(text: str, language: str, names: list[str],
                                                                    models: Models) -> None:
    # "CNNs" beside "CNN": convolutional networks, not the broadcaster the registry holds
    assert [o.name for o in _run(text, models, language).organisations] == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Рост ВВП в странах АТР превысил 5%. Инвестиции в ЮВА выросли. Торговля с АТР растёт.", "ru"),
        ("Exports to MENA and APAC grew, while CEE markets stagnated. MENA demand rose.", "en"),
        ("После Брексита Лондон ввёл новые пошлины. Процедура Brexit заняла три года.", "ru"),
    ],
)
def test_a_part_of_the_world_or_an_event_is_no_body(text: str, language: str, models: Models) -> None:
    # letters of a region and a process NER may take for an organisation (data/org_generic.txt)
    assert [o.name for o in _run(text, models, language).organisations] == []


@pytest.mark.parametrize(
    ("text", "name", "name_en"),
    [
        ("Исследование провёл Институт мировой экономики (Kiel Institute for the World Economy). Позже Kiel Institute "
         "for the World Economy обновил данные, а Институт мировой экономики опубликовал доклад.",
         "Институт мировой экономики", "Kiel Institute for the World Economy"),
        ("Доклад подготовил Центр стратегических разработок (Center for Strategic Research), а Центр стратегических "
         "разработок его обсудил.", "Центр стратегических разработок", "Center for Strategic Research"),
        # the name in brackets is found only where the text names it again, not in the brackets
        ("Промышленный и коммерческий банк Китая (Industrial and Commercial Bank of China), крупнейший банк мира, "
         "подписал соглашение. Доля государства в Industrial and Commercial Bank of China составляет 70 процентов.",
         "Промышленный и коммерческий банк Китая", "Industrial and Commercial Bank of China"),
    ],
)
def test_a_name_given_in_english_in_brackets_is_the_same_body(text: str, name: str, name_en: str, models: Models) -> None:
    # one organisation, named in the article's language, its English name kept as such
    found = [(o.name, o.name_en) for o in _run(text, models, "ru").organisations]
    assert found == [(name, name_en)], found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # letters that name one body spell out a long form whose English head is plural
        ("Russia banned the Open Society Foundations (OSF) last year.", "en", ["Open Society Foundations"]),
        ("The study was funded by the National Institutes of Health (NIH).", "en", ["National Institutes of Health"]),
        ("По данным Центров по контролю и профилактике заболеваний (ЦКЗ) США, вакцина безопасна.", "ru",
         ["Центры по контролю и профилактике заболеваний"]),
        # letters in the plural spell out many bodies of a kind
        ("Political Action Committees (PACs) give money to candidates.", "en", []),
    ],
)
def test_a_defined_long_form_with_a_plural_head(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "organ"),
    [
        # a registered body's name, then capitalised words ending in an organisation word: its organ
        ("Data are reported by over 150 countries to the United Nations Statistics Division, which publishes them.", "en",
         "United Nations Statistics Division"),
        ("Members of the U.S.-Korea FTA Business Coalition lobbied Congress.", "en", "U.S.-Korea FTA Business Coalition"),
        ("Данные представлены Статистическим отделом ООН, который публикует их ежегодно.", "ru", "Статистический отдел ООН"),
    ],
)
def test_an_organ_named_with_its_registered_body_is_a_body(text: str, language: str, organ: str, models: Models) -> None:
    assert organ in [o.name for o in _run(text, models, language).organisations]


def test_a_registered_name_inside_a_longer_name_is_neither_that_body_and_its_tail_is_the_name(models: Models) -> None:
    text = ("The Contracting Parties accept the Protocol concerning the European Customs Union Study Group opened for "
            "signature at Brussels. The Council shall take into consideration membership of the Study Group.")
    article = _run(text, models, "en")
    assert [o.name for o in article.organisations] == ["European Customs Union Study Group"]
    group = article.organisations[0]
    assert [m.text for m in article.mentions if m.fact_id == group.id] == ["European Customs Union Study Group", "Study Group"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a Russian surname written alone in Latin letters is the person, whatever NER calls it
        ("According to Lavrov, trade with Belarus grew.", "en", []),
        ("По словам Лаврова, торговля с Белоруссией выросла.", "ru", []),
        # a word that spelt in Russian letters reads as no surname first stays a body
        ("According to Reuters, trade grew. According to Gazprom, exports grew.", "en", ["Reuters", "Gazprom"]),
    ],
)
def test_a_russian_surname_in_latin_letters_is_a_person(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # «и» between two bodies joins no name, though its letter reads as a genitive too
        ("Представители Центрального таможенного управления и Северо-Западного таможенного управления провели совещание.",
         "ru", ["Центральное таможенное управление", "Северо-Западное таможенное управление"]),
        ("Officials of the Central Customs Administration and the North-West Customs Administration met in Moscow.",
         "en", ["Central Customs Administration", "North-West Customs Administration"]),
    ],
)
def test_two_bodies_joined_by_and_stay_two(text: str, language: str, expected: list[str], models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


EN_BODIES_LIST = """The Integration Committee has several boards and commissions:

Commission for the protection of national markets;
Cooperation Council in the field of atomic energy for peaceful purposes;
Council of Heads of insurance supervision;
Board of Health.

The Secretariat is headed by the Secretary General."""

RU_BODIES_LIST = """В структуру комитета входят комиссии и советы:

Комиссия по защите внутренних рынков;
Совет по сотрудничеству в области атомной энергии;
Совет руководителей органов страхового надзора;
Совет по здравоохранению.

Секретариат возглавляет генеральный секретарь."""


@pytest.mark.parametrize(("text", "names"), [
    (EN_BODIES_LIST, ["Commission for the protection of national markets",
                      "Cooperation Council in the field of atomic energy for peaceful purposes",
                      "Council of Heads of insurance supervision", "Board of Health"]),
    (RU_BODIES_LIST, ["Комиссия по защите внутренних рынков", "Совет по сотрудничеству в области атомной энергии",
                      "Совет руководителей органов страхового надзора", "Совет по здравоохранению"]),
])
def test_each_line_of_a_vertical_list_of_bodies_is_a_whole_name(text: str, names: list[str], models: Models) -> None:
    """A list of bodies one a line, each opening with a body's word (translated names keep the rest in small
    letters): every line is a body, named in full."""
    from pipeline import analyze

    found = {o.name for o in analyze(text, models=models).organisations}
    assert set(names) <= found


def test_lines_that_open_with_no_body_word_are_no_list_of_bodies(models: Models) -> None:
    from pipeline import analyze

    text = ("The survey covered three topics:\n\nPrices of food and fuel in rural markets;\n"
            "Access to clean water in the villages;\nTravel times to the nearest clinic.\n")
    assert analyze(text, models=models).organisations == []
    from pipeline.facts.organisations.lists import bodies_listed

    labels = "\n\n".join(["Craft workers", *["Service and sales workers"] * 3, "Clerical support workers"])
    assert bodies_listed(labels, frozenset({"service", "council"})) == []  # (a figure's labels, a line each)


def test_a_body_owned_by_a_body_keeps_its_whole_name(models: Models) -> None:
    """"X's Court of Justice" names the court, not X; "the Fraser Institute's index" names the institute."""
    from pipeline import analyze

    lines = ("Bodies of the union:\n\nCommission of Permanent Representatives;\nCommunity's Court of Justice;\n"
             "Council of Ministers of Justice.\n\nThe Fraser Institute's Economic Freedom index rose again.")
    found = {o.name for o in analyze(lines, models=models).organisations}
    assert "Community's Court of Justice" in found and "Community" not in found
    assert "Fraser Institute" in found


def test_long_lines_of_punctuation_are_read_at_once() -> None:
    """A list line's name is read word by word: lines of words joined by commas, hyphens and ampersands
    (a paragraph of a methods section, a table's text) are passed over without backtracking through them."""
    from pipeline.facts.organisations.lists import bodies_listed

    line = "Council " + ", ".join(["risk-assessment & threat-modelling, data-centre'access"] * 40) + " x"
    text = "\n".join([line, "Board " + line, "Commission " + line])
    assert bodies_listed(text, frozenset({"council", "board", "commission"})) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Honourable High Court of Delhi dismissed the appeal.", ["High Court of Delhi"]),
        ("The Honorable Supreme Court of India quoted the earlier judgment.", ["Supreme Court of India"]),
    ],
)
def test_a_word_of_address_is_no_part_of_a_bodys_name(text: str, names: list[str], models: Models) -> None:
    # "Honourable", "Hon'ble" address a court; its name begins after them (Russian prose puts no such word there)
    assert [o.name for o in _run(text, models, "en").organisations] == names


def test_a_case_named_by_a_company_and_a_body_is_no_body(models: Models) -> None:
    # "Tata Steel Ltd V. Designated Authority": a capital "V." after a company's legal form joins a case's parties
    # (alone it may be a person's initial); the Russian «против» is read as such already
    text = "In Tata Steel Ltd V. Designated Authority the tribunal held that the duty stands."
    assert [o.name for o in _run(text, models, "en").organisations] == []


def test_a_chamber_named_by_one_common_word_needs_the_article(models: Models) -> None:
    # "House" alone is the United States House of Representatives only as "the House" (tested above with the
    # Senate); a table's "House price index" in a text about the United States is none
    text = "Data for the United States come from several sources. House price index: Shiller (2015)."
    assert [o.name for o in _run(text, models, "en").organisations] == []


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # a list's last member of one capitalised adjective goes on to the noun it agrees with
        ("Усиленному контролю подвергнута продукция компаний «Заря», «Рассвет» и Гродненского мясокомбината.", "ru",
         ["Заря", "Рассвет", "Гродненский мясокомбинат"]),
        # a word in small letters before a quoted member says what the body is (the name keeps its quotes and its
        # form there; without one a quoted name is read in the nominative)
        ("Ведомство запретило поставки с трёх предприятий: агрохолдинга «Нива», «Полесских сыров» и Лидского завода.",
         "ru", ["«Нива»", "Полесские сыры", "Лидский завод"]),
        ('The regulator banned supplies from three companies: dairy "Niva", "Polesie Cheeses" and Lida Dairy.', "en",
         ['"Niva"', "Polesie Cheeses", "Lida Dairy"]),
        # a word for things there makes the members things: pipelines, not companies
        ("Среди активов — акции компаний-операторов газопроводов «Балтийский поток-1» и «Балтийский поток-2».", "ru", []),
        ('Among the assets are shares of operators: pipelines "Baltic Stream 1" and "Baltic Stream 2".', "en", []),
    ],
)
def test_the_members_of_a_list_of_bodies_keep_their_whole_names(text: str, language: str, names: list[str],
                                                                 models: Models) -> None:
    assert sorted(o.name for o in _run(text, models, language).organisations) == sorted(names)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Эксперт сомневается, что союз «Армения–Иран» возможен в рамках ВТО.", "ru"),
        ('The expert doubts that a union "Armenia-Iran" could work inside the WTO.', "en"),
    ],
)
def test_countries_a_dash_joins_in_quotes_after_a_kind_word_are_no_body(text: str, language: str, models: Models) -> None:
    # «альянс «Украина–Грузия»»: a pairing of states, whatever word names it
    assert [o.name for o in _run(text, models, language).organisations if "Armenia" in o.name or "Армения" in o.name] == []


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Боевики «Исламского государства» захватили город. «Исламское государство» (ИГ) запрещено.", "ru",
         ["Исламское государство"]),
        ('Fighters of the "Islamic State" took the city. "Islamic State" (IS) is banned.', "en", ["Islamic State"]),
    ],
)
def test_a_quoted_registered_name_a_text_defines_letters_for_is_one_body(text: str, language: str, names: list[str],
                                                                          models: Models) -> None:
    # the definition's long form runs to the closing quote; the name the registry found ends inside it
    assert [o.name for o in _run(text, models, language).organisations] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Глава еврокомиссии выступил в Брюсселе.", ["Европейская комиссия"]),
        ("Документы направят в Думу на ратификацию, после чего Россия вступит в ВТО.",
         ["Государственная Дума Федерального Собрания Российской Федерации", "Всемирная торговая организация"]),
        ("Московская городская Дума приняла закон. Россия согласилась.", ["Московская городская Дума"]),
        # an adjective that says when leaves «Дума» the country's; a comparative that reads as one names no body
        ("Депутаты новой Думы приняли закон, немногим позднее правительство Литвы его оспорило. Россия согласилась.",
         ["Государственная Дума Федерального Собрания Российской Федерации", "правительство Литвы"]),
        ("Присоединение Вьетнама к рабочей группе по вступлению России в ВТО затянулось. Эта группа по интересам "
         "собирается редко.", ["рабочая группа по вступлению России в ВТО", "Всемирная торговая организация"]),
        ("Заседание российско-казахстанской рабочей группы по транзиту прошло в Астане. На заседании нового комитета "
         "по экономической политике обсудили закон.",
         ["российско-казахстанская рабочая группа по транзиту", "комитет по экономической политике"]),
    ],
)
def test_russian_bodies_in_small_letters_and_by_their_last_word(text: str, names: list[str], models: Models) -> None:
    # a word the dictionary files as a body's name in small letters («еврокомиссии»); «Дума» alone in a text about
    # Russia, not after an adjective of another body; a working group by its field, with its adjective (English
    # writes such names with capitals: the class is Russian)
    assert [o.name for o in _run(text, models, "ru").organisations] == names


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a name the text gives in another language after that language's name is the same body's, in any letters
        ("The Andean Community (Spanish: Comunidad Andina de Naciones, CAN) is an international organization. UEMOA "
         "institutions include the Council of Heads of State (French: Conférence des Chefs d'État et de Gouvernement).",
         "en", {"Andean Community": "Comunidad Andina de Naciones",
                "Council of Heads of State": "Conférence des Chefs d'État"}),
        ("Всемирная таможенная организация (англ. World Customs Organization) и Евразийский банк развития (англ. "
         "Eurasian Development Bank) подписали меморандум.", "ru",
         {"Всемирная таможенная организация": "World Customs Organization",
          "Евразийский банк развития": "Eurasian Development Bank"}),
    ],
)
def test_a_name_glossed_in_another_language_is_one_body(text: str, language: str, expected: dict[str, str],
                                                        models: Models) -> None:
    found = {o.name: o.aliases for o in _run(text, models, language).organisations}
    assert set(found) == set(expected) and all(gloss in found[name] for name, gloss in expected.items())


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a capitalised word in prose before a registered name opens a longer one; a country's adjective does not
        ("Loans came from the West African Development Bank and the Russian Federal Customs Service.", "en",
         {"West African Development Bank", "Federal Customs Service of Russia"}),
        # no name runs over a semicolon; NER's two spans one space apart are one name; a leading "The" after a
        # colon tells no other body; a tariff, a card and people are no bodies
        ("Its organs are the Council of Ministers; Commission, Court of Justice and the French Treasury. Reforms came: "
         "The Andean Community was created, and the Andean Community approved the Common External Tariff, the Andean "
         "Migration Card and a summit of the South American Presidents.", "en",
         {"Council of Ministers", "Court of Justice", "French Treasury", "Andean Community"}),
    ],
)
def test_english_names_end_where_the_text_says(text: str, language: str, expected: set[str], models: Models) -> None:
    assert {o.name for o in _run(text, models, language).organisations} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a name without the word another body of the text opens with is the longer name's, when only one fits
        ("The Andean Community set up the Andean Court of Justice. The treaty creating the Court of Justice entered into "
         "effect in 1983.", "en", {"Andean Community", "Andean Court of Justice"}),
        # the town in brackets after a body's name is its seat, no maker
        ("The Council met the Asian Development Bank (Manila, Philippines) and bought a microscope (Carl Zeiss, Germany).",
         "en", {"Asian Development Bank", "Carl Zeiss"}),
    ],
)
def test_english_short_names_and_seats(text: str, language: str, expected: set[str], models: Models) -> None:
    assert {o.name for o in _run(text, models, language).organisations} == expected


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Доктор экономических наук Института стран СНГ Иван Петров считает, что ставка высока.", "ru",
         "Институт стран СНГ"),
        ("Ivan Petrov of the United Nations Statistics Division thinks the rate is high.", "en",
         "United Nations Statistics Division"),
    ],
)
def test_a_body_named_after_a_registered_one_is_a_body_of_its_own(text: str, language: str, name: str,
                                                                  models: Models) -> None:
    # NER's span holds the registered name at its end («Института стран | СНГ») or at its start (English organs)
    assert name in [o.name for o in _run(text, models, language).organisations]


@pytest.mark.parametrize(
    ("text", "language", "medium"),
    [
        ("Why retailers fear the new rules\n\nBy Nik Martin\n\nUS President Donald Trump scrapped a duty-free loophole that "
         "has shattered the business model of cheap retailers. \"This is fraud,\" an expert told DW. Customs officers "
         "agree that the exemption must go.", "en", "DW"),
    ],
)
def test_a_news_storys_byline_makes_no_scholarly_article(text: str, language: str, medium: str, models: Models) -> None:
    # a byline alone is no paper's authorship: the medium a source speaks to is a body, as in any news story
    # (Russian news carries no byline the layout reads as authors: the class is English)
    from pipeline.analysis import analyze_bytes

    article = analyze_bytes(text.encode(), "story.txt", models=models)
    assert article.authors and not article.scholarly and medium in [o.name for o in article.organisations]


@pytest.mark.parametrize(
    ("text", "language", "name", "others"),
    [
        # another name given after a comma without brackets is the same body's
        ("The West African Economic and Monetary Union, generally referred to by its French acronym UEMOA and "
         "alternatively as WAEMU, is a treaty-based arrangement. UEMOA works with ECOWAS.", "en",
         "West African Economic and Monetary Union", {"UEMOA", "WAEMU"}),
        ("Центральноазиатский союз торговли и транзита, также известный как ЦАСТТ, создан в 2019 году. ЦАСТТ растёт.",
         "ru", "Центральноазиатский союз торговли и транзита", {"ЦАСТТ"}),
    ],
)
def test_a_name_known_as_another_after_a_comma(text: str, language: str, name: str, others: set[str],
                                               models: Models) -> None:
    # (the English head stands after words joined by "and": "Economic and Monetary | Union")
    found = {o.name: {o.abbreviation, *o.aliases} for o in _run(text, models, language).organisations}
    assert others <= found.get(name, set())


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a foreign name the letters after it spell out, with its small particles, is a body outside scholarly prose
        ("In West Africa, the CFA franc was issued by the Banque de l'Afrique Occidentale (BAO) under a privilege. "
         "In 1955 the BAO was replaced.", "en", "Banque de l'Afrique Occidentale"),
        ("В Западной Африке франк выпускал Banque de l'Afrique Occidentale (BAO). В 1955 году BAO заменили.", "ru",
         "Banque de l'Afrique Occidentale"),
    ],
)
def test_a_foreign_name_its_letters_spell_out(text: str, language: str, name: str, models: Models) -> None:
    assert name in [o.name for o in _run(text, models, language).organisations]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Груз прошёл через российское посольство в Буэнос-Айресе. Пресс-атташе российского посольства в Берлине "
     "это опроверг.", "ru", ["российское посольство в Буэнос-Айресе", "российское посольство в Берлине"]),
    ("The drugs went through the Russian Embassy in Buenos Aires. The press attache of the Russian Embassy in Berlin "
     "denied it.", "en", ["Russian Embassy in Buenos Aires", "Russian Embassy in Berlin"]),
])
def test_missions_of_one_state_in_two_places_are_two_bodies(text: str, language: str, expected: list[str],
                                                             models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == expected


def test_a_short_name_before_what_it_is_asked_about_stays_its_countrys_body(models: Models) -> None:
    """«по делу», «по данным» after «МВД» say on what, unlike a territory («МВД по Республике Татарстан»): the bare
    short name is the Russian ministry the text names, one organisation."""
    text = ("Россия и Аргентина провели операцию. Участвовали сотрудники ФСБ и МВД России. Основателя компании "
            "повторно допросят в МВД по делу о сбыте наркотиков.")
    names = [o.name for o in _run(text, models).organisations]
    assert names == ["Федеральная служба безопасности Российской Федерации", "Министерство внутренних дел Российской Федерации"]


def test_a_bodys_word_before_its_field_is_no_back_reference(models: Models) -> None:
    """«Министерства | безопасности Аргентины» after «МВД России» names another ministry; «Министерство» alone later
    refers back."""
    text = ("Россия и Аргентина провели операцию. Её провели сотрудники МВД России, а также Министерства безопасности "
            "Аргентины. Министерство заявило о задержании.")
    orgs = _run(text, models).organisations
    assert [o.name for o in orgs] == ["Министерство внутренних дел Российской Федерации", "Министерство безопасности Аргентины"]
    assert "Министерства" not in orgs[0].aliases


@pytest.mark.parametrize(("text", "language", "name"), [
    ("По данным Министерства торговли США, занятость сократилась. Такие данные приводит Министерство торговли "
     "Соединённых Штатов.", "ru", "Министерство торговли США"),
    ("According to the US Department of Commerce, jobs fell. The Department of Commerce of the United States of "
     "America reported it.", "en", "U.S. Department of Commerce"),
])
def test_a_registered_body_with_its_country_named_in_other_words_is_one(text: str, language: str, name: str,
                                                                         models: Models) -> None:
    assert [o.name for o in _run(text, models, language).organisations] == [name]


@pytest.mark.parametrize(("text", "quoted"), [
    ('"This is the first time a committee has met abroad," Natalukha told POLITICO. "The symbolism matters."',
     {"This is the first time a committee has met abroad,", "The symbolism matters."}),
    ('"Мы ничего не блокируем," сказал представитель "Газпрома". "Мы следуем правилам."',
     {"Мы ничего не блокируем,", "Газпрома", "Мы следуем правилам."}),
])
def test_what_stands_between_two_quotations_is_not_quoted(text: str, quoted: set[str]) -> None:
    from pipeline.facts.organisations.evidence import quoted_names

    assert quoted_names(text) == quoted


@pytest.mark.parametrize(("text", "language"), [
    ("Партия «Единая Россия» победила на выборах, а ООО «Ромашка» закрылось. Лидер партии «Слуга народа» выступил.", "ru"),
    ("The «Just Russia» party lost, and «Romashka» LLC closed.", "en"),
])
def test_no_name_or_alias_leaves_a_quote_open(text: str, language: str, models: Models) -> None:
    for org in _run(text, models, language).organisations:
        assert all(n.count("«") == n.count("»") for n in (org.name, *org.aliases)), org


@pytest.mark.parametrize(("text", "language", "name", "alias"), [
    ("Zelensky's Servant of the People party won the election. Later the Servant of the People party lost seats. "
     "The leader of the Labour party resigned.", "en", "Servant of the People party", "Servant of the People"),
    ("Партия «Слуга народа» Зеленского победила на выборах. Позже партия «Слуга народа» потеряла места.", "ru",
     "Слуга народа", None),
])
def test_a_name_joined_by_of_before_its_kinds_word_in_small_letters(text: str, language: str, name: str,
                                                                    alias: str | None, models: Models) -> None:
    """NER cut "Servant of | the People party" after "of": the name goes back over the capitalised words joined by
    "of", and it is also named without the kind's word; not over a post ("The leader of | the Labour party")."""
    orgs = _run(text, models, language).organisations
    found = next(o for o in orgs if o.name == name or name in o.aliases)
    assert alias is None or alias in found.aliases
    assert not any(o.name.lower().startswith("leader") for o in orgs)


def test_a_countrys_name_in_quotes_after_a_bodys_word_is_that_body(models: Models) -> None:
    """«лётного отряда «Россия»» names a detachment, not Russia: the name keeps its kind's word and adjectives, and
    the shorter naming is the same body; the country stays a country."""
    text = ("В Москве заявили о непричастности лётного отряда «Россия» к делу. Ранее сообщалось о причастности "
            "специального лётного отряда «Россия». Россия и Аргентина спорят.")
    article = _run(text, models)
    assert [(o.name, o.abbreviation, o.aliases) for o in article.organisations] == [
        ("специальный лётный отряд «Россия»", None, ["лётный отряд «Россия»"])]
    assert {c.iso2 for c in article.countries} == {"RU", "AR"}
