"""Document structure: block kinds, title, abstracts and keywords in both languages, captions and notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import shared_models

from pipeline.context import Context
from pipeline.ingest import Document, load, load_string
from pipeline.ingest.repair import clean
from pipeline.layout.structure import classify, structure
from pipeline.record import Article, Source, Table
from pipeline.settings import Settings


def _article(document: Document) -> Article:
    article = Article(source=Source(path=document.path, name="x", sha256="0" * 64, format=document.format))
    stages = Context(shared_models(), document=document)
    return structure(clean(article, stages), stages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Аннотация. В условиях усиливающейся интернационализации мирового хозяйства ...", "abstract"),
        ("Annotation In the context of the increasing internationalization of the world economy", "abstract"),
        ("Abstract: The prospects for the development of interstate cooperation", "abstract"),
        ("Ключевые слова: взаимная торговля, таможенное сотрудничества, ЕАЭС.", "keywords"),
        ("Keywords: mutual trade, customs cooperation, union state, customs rules, EAEU.", "keywords"),
        ("Таблица 1. - Товарооборот России и Беларуси в 2022-2024гг. [4]", "caption"),
        ("Рисунок 2 – Приоритетные направления развития международного таможенного сотрудничества", "caption"),
        ("Table 3: Mutual trade of the EAEU member states, 2016", "caption"),
        ("Источник: составлено авторами.", "source_note"),
        ("Source: Eurasian Economic Commission.", "source_note"),
        ("1) регулирование полученных данных, то есть автоматизированное использование решений;", "list_item"),
        ("― совместный таможенный контроль;", "list_item"),
        ("- развитие таможенной инфраструктуры.", "list_item"),
        ("• single window for foreign trade", "list_item"),
        ("1.2 Ссылки", "heading"),
        ("ВВЕДЕНИЕ", "heading"),
        ("Список литературы", "heading"),
        ("Members and observers", "heading"),
        ("Товарооборот 43,4 53,1 57,6 132,7 108,5", "table"),
        # false positives: sentences that merely begin like a label
        ("Таблица 1 показывает рост товарооборота между странами в 2024 году.", "paragraph"),
        ("Table 1 shows that trade grew by 8.5% in 2024.", "paragraph"),
        ("Summary of the talks was published by the Commission.", "paragraph"),
        ("Source code of the platform is not public.", "paragraph"),
        ("В 2024 году объём взаимной торговли составил 57,6 млрд. долларов.", "paragraph"),
        ("Экспорт в 2024 году составил 24,5 миллиарда долларов, также демонстрируя рост.", "paragraph"),
    ],
)
def test_classify(text: str, expected: str) -> None:
    assert classify(text) == expected


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_sample_with_abstracts_and_keywords_in_both_languages(corpora: Path, suffix: str) -> None:
    article = _article(load(corpora / f"russia_belarus_customs{suffix}", Settings()))
    assert article.language == "ru"
    assert article.abstract["ru"].startswith("Перспективы развития межгосударственного сотрудничества")
    assert article.abstract["ru"].endswith("приведены направления развития такого вида сотрудничества.")
    assert article.abstract["en"].startswith("The prospects for the development of interstate cooperation")
    assert article.keywords == {
        "ru": ["взаимная торговля", "таможенное сотрудничества", "союзное государство", "таможенные правила", "ЕАЭС"],
        "en": ["mutual trade", "customs cooperation", "union state", "customs rules", "EAEU"],
    }
    assert [b.kind for b in article.blocks[:4]] == ["abstract", "keywords", "abstract", "keywords"]
    assert [b.lang for b in article.blocks[:4]] == ["ru", "ru", "en", "en"]
    assert article.title is None


def test_sample_abstract_under_an_english_label_word(corpora: Path) -> None:
    article = _article(load(corpora / "eaeu_customs_cooperation.txt", Settings()))
    assert set(article.abstract) == {"ru", "en"}
    assert article.abstract["en"].startswith("In the context of the increasing internationalization")
    assert article.keywords == {}
    assert [article.block_text(b) for b in article.blocks_of("source_note")] == ["Источник: составлено авторами."] * 2
    assert len(article.blocks_of("list_item")) == 11


@pytest.mark.parametrize("name", ["eaeu_customs_cooperation", "russia_belarus_customs"])
@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_blocks_cover_the_text_in_order(corpora: Path, name: str, suffix: str) -> None:
    article = _article(load(corpora / f"{name}{suffix}", Settings()))
    covered = [False] * len(article.text)
    last = 0
    for block in article.blocks:
        assert last <= block.start < block.end
        last = block.end
        covered[block.start:block.end] = [True] * (block.end - block.start)
    assert all(c or article.text[i].isspace() for i, c in enumerate(covered))
    if suffix == ".pdf":
        assert article.blocks[-1].page == article.source.pages or article.blocks[-1].page is not None


def test_pdf_table_caption_is_tied(corpora: Path) -> None:
    article = _article(load(corpora / "russia_belarus_customs.pdf", Settings()))
    [table] = article.tables
    assert table.caption == "Таблица 1. - Товарооборот России и Беларуси в 2022-2024гг. [4]"
    assert table.page == 2


def test_title_before_the_body() -> None:
    text = (
        "УДК 339.543\n\n"
        "ТАМОЖЕННОЕ СОТРУДНИЧЕСТВО РОССИИ И БЕЛАРУСИ В РАМКАХ СОЮЗНОГО ГОСУДАРСТВА\n\n"
        "Иванов И.И., Петрова А.С.\n\n"
        "Аннотация: Рассмотрены направления развития таможенного сотрудничества.\n\n"
        "Ключевые слова: таможенное сотрудничество, Союзное государство.\n\n"
        "Взаимная торговля России и Беларуси в 2024 году выросла на 8,5 %."
    )
    article = _article(load_string(text))
    assert article.title == "ТАМОЖЕННОЕ СОТРУДНИЧЕСТВО РОССИИ И БЕЛАРУСИ В РАМКАХ СОЮЗНОГО ГОСУДАРСТВА"
    assert [b.kind for b in article.blocks] == ["paragraph", "title", "paragraph", "abstract", "keywords", "paragraph"]


def test_title_of_a_news_article() -> None:
    text = (
        "Russia ratifies the Treaty on the Eurasian Economic Union\n"
        "The State Duma ratified the Treaty on the Eurasian Economic Union, signed in Astana on 29 May 2014, "
        "which turns the Customs Union of Belarus, Kazakhstan and Russia into an economic union from 2015.\n"
        "The Union will have a common market for goods, services, capital and labour."
    )
    article = _article(load_string(text))
    assert article.title == "Russia ratifies the Treaty on the Eurasian Economic Union"
    assert article.language == "en"
    assert [b.lang for b in article.blocks] == ["en", "en", "en"]


def test_no_title_when_the_text_starts_with_prose() -> None:
    text = ("Евразийский экономический союз создан в соответствии с Договором о ЕАЭС.\n"
            "Сотрудничество таможенных органов развивается.")
    assert _article(load_string(text)).title is None


def test_mixed_language() -> None:
    text = ("Евразийский экономический союз создан в соответствии с Договором о ЕАЭС и объединяет пять стран.\n"
            "The Eurasian Economic Union was established by the Treaty on the EAEU and unites five states.")
    article = _article(load_string(text))
    assert article.language == "mixed"


def test_caption_and_source_note_tied_to_the_table_between_them() -> None:
    document = Document(
        path="a.docx", data=b"", format="docx",
        pages=["Объём торговли вырос.\n\nТаблица 2 – Экспорт и импорт, млрд. долл.\n\n\ufffc\n\n"
               "Источник: данные ФТС России.\n\nЭкспорт вырос на 8,4 %."],
        tables=[Table(caption=None, header=["Показатель", "2024"], rows=[["Экспорт", "24,5"]])],
    )
    article = _article(document)
    [table] = article.tables
    assert table.caption == "Таблица 2 – Экспорт и импорт, млрд. долл."
    assert table.note == "Источник: данные ФТС России."
    assert [b.kind for b in article.blocks] == ["paragraph", "caption", "source_note", "paragraph"]


def test_figure_caption_is_not_tied_to_a_table() -> None:
    document = Document(
        path="a.docx", data=b"", format="docx",
        pages=["Рисунок 1 – Формы международной интеграции\n\nТекст.\n\nТаблица 1 – Товарооборот\n\n\ufffc"],
        tables=[Table(caption=None, header=["Показатель", "2024"], rows=[["Экспорт", "24,5"]])],
    )
    article = _article(document)
    assert article.tables[0].caption == "Таблица 1 – Товарооборот"


def test_references_after_their_heading() -> None:
    text = ("Сотрудничество развивается.\n\nСписок литературы\n\n"
            "1. Договор о Евразийском экономическом союзе от 29.05.2014.\n\n"
            "2. Таможенный кодекс ЕАЭС.")
    kinds = [b.kind for b in _article(load_string(text)).blocks]
    assert kinds == ["paragraph", "heading", "reference", "reference"]


def test_table_set_as_text_becomes_a_table(corpora: Path) -> None:
    article = _article(load(corpora / "russia_belarus_customs.txt", Settings()))
    [table] = article.tables
    assert table.id == "tbl-1"
    assert table.caption == "Таблица 1. - Товарооборот России и Беларуси в 2022-2024гг. [4]"
    assert table.header[:4] == ["Показатель", "2022 г.", "2023 г.", "2024 г."]
    assert table.rows == [
        ["Товарооборот", "43,4", "53,1", "57,6", "132,7", "108,5"],
        ["Экспорт", "21,4", "22,6", "24,5", "114,5", "108,4"],
        ["Импорт", "22", "30,5", "33,1", "150", "108,5"],
    ]
    assert article.text[table.start:].startswith("Показатель 2022 г.")
    assert [b.kind for b in article.blocks if b.start >= table.start][:5] == ["table"] * 4 + ["paragraph"]


@pytest.mark.parametrize(
    ("text", "title", "keywords"),
    [
        ("УДК 341:347\n\nК ВОПРОСУ О ДОКТРИНЕ ЭСТОППЕЛЬ\n\nВ РОССИЙСКОМ ПРАВЕ\n\nА. Н. Воднев\n\n"
         "Ключевые слова:\n\nдобросовестность\n\nэстоппель\n\nлишение права\n\nВведение\n\n"
         "Доктрина эстоппель известна давно. Суды применяют её всё чаще.",
         "К ВОПРОСУ О ДОКТРИНЕ ЭСТОППЕЛЬ В РОССИЙСКОМ ПРАВЕ", ["добросовестность", "эстоппель", "лишение права"]),
        ("FOREVER MINUS A DAY? CALCULATING OPTIMAL COPYRIGHT TERM\n\nJUNE 15, 2009\n\nKeywords:\n\nBiosafety\n\n"
         "Social distancing\n\nStaff roster\n\nIntroduction\n\nThe optimal term of copyright has been debated. "
         "Courts and lawmakers disagree.",
         "FOREVER MINUS A DAY? CALCULATING OPTIMAL COPYRIGHT TERM", ["Biosafety", "Social distancing", "Staff roster"]),
    ],
)
def test_a_title_set_line_by_line_and_keywords_one_a_line(text: str, title: str, keywords: list[str]) -> None:
    """The lines of a title set in capitals are one title, a date under it is not; keywords under a
    label alone, one a line, are all read up to the body's first heading."""
    article = Article(source=Source(path="x.pdf", name="x.pdf", sha256="0" * 64, format="pdf"), text=text)
    structure(article, Context(shared_models()))  # paragraphs as a PDF's layout gives them
    assert article.title == title
    assert next(iter(article.keywords.values())) == keywords


@pytest.mark.parametrize(
    ("text", "keywords"),
    [
        ("Key words: astrochemistry – plasmas – dust, extinction – infrared: ISM",
         ["astrochemistry", "plasmas", "dust, extinction", "infrared: ISM"]),
        ("Ключевые слова: таможня — транзит — риски, контроль — ЕАЭС", ["таможня", "транзит", "риски, контроль", "ЕАЭС"]),
        ("Keywords: customs, transit – a single dash, risks", ["customs", "transit – a single dash", "risks"]),
        # a catalogue's codes set on the same line end the keywords
        ("Keywords: Copyright, Copyright Term, Optimal Policy JEL Classification: O31 O34 L10",
         ["Copyright", "Copyright Term", "Optimal Policy"]),
        ("Ключевые слова: таможня, транзит, риски УДК 339.543", ["таможня", "транзит", "риски"]),
        # the prose of a column that runs on into the list is no keyword
        ("Keywords: wide-area networks, WAN security, SCION, and availability cannot be guaranteed due to "
         "distributed denial-of-service attacks in the network. Furthermore, since the infrastructure is shared",
         ["wide-area networks", "WAN security", "SCION"]),
        ("Ключевые слова: таможня, транзит, риски, а доступность сервисов не может быть гарантирована из-за атак "
         "на отказ в обслуживании. Кроме того, инфраструктура общая", ["таможня", "транзит", "риски"]),
    ],
)
def test_keywords_set_apart_by_dashes_keep_their_commas(text: str, keywords: list[str]) -> None:
    article = Article(source=Source(path="x.pdf", name="x.pdf", sha256="0" * 64, format="pdf"),
                      text=f"TITLE OF THE PAPER\n\n{text}\n\nIntroduction\n\nThe body starts. It goes on.")
    structure(article, Context(shared_models()))
    assert next(iter(article.keywords.values())) == keywords


@pytest.mark.parametrize(
    ("abstract", "keywords"),
    [
        ("Аннотация. Статья посвящена управлению рисками в таможенных органах. Показано, что доля выпуска без "
         "досмотра выросла. система управления рисками, уполномоченный экономический оператор, профиль риска",
         ["система управления рисками", "уполномоченный экономический оператор", "профиль риска"]),
        ("Abstract. The article examines risk management in customs. The share of goods released without "
         "inspection grew. risk management system, authorised economic operator, risk profile",
         ["risk management system", "authorised economic operator", "risk profile"]),
    ],
)
def test_unlabelled_keywords_set_under_the_abstract_are_keywords(abstract: str, keywords: list[str]) -> None:
    """A box that sets the keywords without a label right under the abstract: the text joins them to
    its last sentence; they are no part of the abstract."""
    article = Article(source=Source(path="x.pdf", name="x.pdf", sha256="0" * 64, format="pdf"),
                      text=f"TITLE OF THE PAPER\n\n{abstract}\n\n1. Introduction\n\nThe body starts. It goes on.")
    structure(article, Context(shared_models()))
    (lang, words), = article.keywords.items()
    assert words == keywords and article.abstract[lang].endswith(("досмотра выросла.", "inspection grew."))


@pytest.mark.parametrize(
    ("text", "keywords"),
    [
        # an offprint that runs into the next article: that article's keywords are not this one's
        ("МОДЕЛЬ ГИДРООЧИСТКИ ТОПЛИВА\n\nКлючевые слова: гидроочистка, термодинамика.\n\n"
         "Key words: hydrorefining, thermodynamics.\n\nВведение\n\nПроцессы гидроочистки важны. Их изучают давно.\n\n"
         "СПИСОК ЛИТЕРАТУРЫ\n\n1. Баннов П. Г. Процессы переработки нефти. – М., 2000.\n\n"
         "МОНИТОРИНГ УСТАНОВОК\n\nКлючевые слова: математическая модель, оптимизация.\n\n"
         "Key words: mathematical model, optimization.\n\nВведение\n\nДругая статья начинается здесь. Она о другом.",
         {"ru": ["гидроочистка", "термодинамика"], "en": ["hydrorefining", "thermodynamics"]}),
        # the other language's list printed after the body is that language's first
        ("CUSTOMS UNIONS\n\nKeywords: customs union, tariffs.\n\nIntroduction\n\nCustoms unions grow. They matter.\n\n"
         "Ключевые слова: таможенный союз, тарифы.\n\nConclusion\n\nThey grow still. Trade follows.\n\n"
         "Keywords: another list, of the next paper.",
         {"en": ["customs union", "tariffs"], "ru": ["таможенный союз", "тарифы"]}),
    ],
)
def test_keywords_come_from_the_first_list_in_each_language(text: str, keywords: dict[str, list[str]]) -> None:
    article = Article(source=Source(path="x.pdf", name="x.pdf", sha256="0" * 64, format="pdf"), text=text)
    structure(article, Context(shared_models()))
    assert article.keywords == keywords


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The contemporary theory of phase transitions describes stable and metastable states and their "
         "transformations. The formation of a new phase is considered in detail, with its kinetics and the "
         "mechanisms that drive it in gases, liquids and solids.\n\n"
         "Сформулированы цели современной теории фазовых превращений, введены понятия о стабильных и "
         "нестабильных фазах вещества. Рассмотрены кинетика и механизмы образования новой фазы в газах, "
         "жидкостях и твердых телах\n\n"
         "ФИЗИЧЕСКИЕ ОСНОВЫ ТЕОРИИ ФАЗОВЫХ ПРЕВРАЩЕНИЙ\n\nВВЕДЕНИЕ\n\nФазовые превращения широко распространены. "
         "Их изучают давно.", "ФИЗИЧЕСКИЕ ОСНОВЫ ТЕОРИИ ФАЗОВЫХ ПРЕВРАЩЕНИЙ"),
        ("В статье рассмотрены таможенные союзы и их влияние на внешнюю торговлю государств-членов. Показано, что союзы "
         "снижают издержки торговли и ускоряют таможенный контроль товаров на общей границе государств союза.\n\n"
         "The paper studies customs unions and their effect on the trade of the member states. It shows that "
         "unions cut the costs of trade and speed up customs control of goods at the common border of the union\n\n"
         "CUSTOMS UNIONS AND TRADE\n\nINTRODUCTION\n\nCustoms unions are common. They are studied widely.",
         "CUSTOMS UNIONS AND TRADE"),
    ],
)
def test_abstracts_in_both_languages_above_the_title(text: str, title: str) -> None:
    """A sidebar the layout reads before the title: prose in both languages above it is the abstracts."""
    article = Article(source=Source(path="x.pdf", name="x.pdf", sha256="0" * 64, format="pdf"), text=text)
    article.titles = {"ru" if title.startswith("Ф") else "en": title}  # as the layout saw it
    structure(article, Context(shared_models()))
    paragraphs = text.split("\n\n")
    assert article.title == title
    assert sorted(article.abstract.values()) == sorted(paragraphs[:2])


def test_an_abstract_of_several_paragraphs_in_the_other_language_before_its_keywords() -> None:
    """A Russian article's English block after the body: every paragraph of English prose right above
    the English keywords is the abstract, the last one however short; the Russian body above stays."""
    text = ("МОДЕЛИРОВАНИЕ ВОЛН\n\nВведение\n\n" + "Метод конечных разностей прост. Он широко применяется в оптике. " * 30 + "\n\n"
            "Unfortunately, all the existing methods used for modeling computational electrodynamics have their "
            "weaknesses. The authors' goal is to analyze the most popular methods.\n\nIn this paper the authors review "
            "the finite-difference time-domain method and its solver.\n\nWe examined the capabilities of the solver.\n\n"
            "Key words and phrases: finite difference time domain method, Luneburg lens.")
    article = Article(source=Source(path="x.pdf", name="x.pdf", sha256="0" * 64, format="pdf"), text=text)
    structure(article, Context(shared_models()))
    assert article.abstract["en"].startswith("Unfortunately") and article.abstract["en"].endswith("of the solver.")
    assert "ru" not in article.abstract


@pytest.mark.parametrize(
    ("text", "title", "abstract"),
    [
        ("Моделирование распространения волн с помощью openEMS А. А. Шарапова, Д. С. Кулябов\n\n"
         "Существующие методы численного моделирования электромагнитного поля в среде обладают, к сожалению, "
         "недостатками. Авторы анализируют наиболее популярные из них на примере сферической линзы Люнеберга "
         "с переменным показателем преломления.\n\n"
         "Исследованы возможности openEMS.\n\nКлючевые слова: openEMS, линза Люнеберга.\n\n1. Введение\n\n"
         "Метод конечных разностей прост. Он широко применяется.",
         "Моделирование распространения волн с помощью openEMS", "Существующие методы"),
        ("Simulation of Wave Propagation with openEMS A. A. Sharapova and D. S. Kulyabov\n\n"
         "All the existing methods of modelling the electromagnetic field in a medium have, unfortunately, their "
         "weaknesses. The authors analyse the most popular of them on the example of a spherical Luneburg lens.\n\n"
         "We examined the capabilities of openEMS.\n\nKeywords: openEMS, Luneburg lens.\n\n1. Introduction\n\n"
         "The finite difference method is simple. It is widely used.",
         "Simulation of Wave Propagation with openEMS", "All the existing methods"),
    ],
)
def test_a_title_with_the_names_run_on_opens_the_front_matter(text: str, title: str, abstract: str) -> None:
    article = Article(source=Source(path="x.pdf", name="x.pdf", sha256="0" * 64, format="pdf"), text=text)
    article.titles = {"ru" if title.startswith("М") else "en": title}  # as the parts of the layout gave it
    structure(article, Context(shared_models()))
    assert article.title == title and next(iter(article.abstract.values())).startswith(abstract)


def test_prose_in_one_language_above_the_title_is_no_abstract() -> None:
    """In an offprint the page may open with the end of the article before: it is no abstract."""
    text = ("Таким образом, таможенный контроль ускорился. Выводы подтверждены расчетами и опытом служб.\n\n"
            "ТАМОЖЕННЫЕ СОЮЗЫ И ТОРГОВЛЯ\n\nВВЕДЕНИЕ\n\nТаможенные союзы распространены. Их изучают давно.")
    article = Article(source=Source(path="x.pdf", name="x.pdf", sha256="0" * 64, format="pdf"), text=text)
    article.titles = {"ru": "ТАМОЖЕННЫЕ СОЮЗЫ И ТОРГОВЛЯ"}  # as the layout saw it
    structure(article, Context(shared_models()))
    assert article.title == "ТАМОЖЕННЫЕ СОЮЗЫ И ТОРГОВЛЯ" and article.abstract == {}


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        ("Анализ задач курса в системе автоматической проверки\n\nКанушин Максим\n\n1 Аннотация\n\n"
         "В работе исследуется статистика прохождения курса студентами. Задания проверяются автоматически.\n\n"
         "2 Введение\n\nДля курса была разработана система проверки.", "ru", "В работе исследуется"),
        ("Risk profiling of consignments at the border\n\nMaxim Kanushin\n\n1. Abstract\n\n"
         "We study how consignments are selected for inspection. The rules are checked on customs data.\n\n"
         "2. Introduction\n\nCustoms services select consignments by risk.", "en", "We study how"),
    ],
)
def test_an_abstract_under_a_numbered_label(text: str, lang: str, start: str) -> None:
    """A manuscript numbers its sections from the abstract on («1 Аннотация», "1. Abstract")."""
    article = _article(load_string(text))
    assert article.abstract[lang].startswith(start)


@pytest.mark.parametrize(
    ("title", "lead", "keywords", "lang"),
    [
        ("Оценка рисков при реализации программно-аппаратных комплексов",
         "В работе рассматривается решение задачи анализа рисков компании на основе модели жизненного цикла "
         "на стадии реализации комплексов, введения вероятностных мер для анализа рисков и обоснованного выбора "
         "решения, позволяющего минимизировать потери.",
         "Модель ЖЦ, репутация, репутационные риски, программно-аппаратные комплексы", "ru"),
        ("Risk assessment in the delivery of hardware and software systems",
         "The paper solves the problem of analysing a company's risks on the model of the life cycle at the stage "
         "of delivering its systems, with probability measures for the risks and a reasoned choice of the decision "
         "that keeps the losses least.",
         "life cycle model, reputation, reputational risks, hardware and software systems", "en"),
    ],
)
def test_the_paragraph_set_apart_under_the_title_and_the_list_under_it(title: str, lead: str, keywords: str,
                                                                       lang: str) -> None:
    """A paragraph of one long sentence the page sets apart (smaller type) is the abstract, and a list of
    short phrases under it, without a label, its keywords."""
    text = f"{title}\n\n{lead}\n\n{keywords}\n\n{'Введение' if lang == 'ru' else 'Introduction'}\n\n" \
           + "Методы моделирования систем составляют часть обеспечения. " * 3
    article = _article(Document(path="a.pdf", data=b"", format="pdf", pages=[text], title=title, lead=lead))
    assert article.abstract[lang] == lead
    assert article.keywords[lang] == [k.strip() for k in keywords.split(",")]


def test_an_abstract_and_keywords_without_label_words() -> None:
    """Prose under the title followed by a list of short phrases (a journal that sets them in italics
    without labels), and the same pair in the other language after the body."""
    text = (
        "ПРИМЕНЕНИЕ МЕТОДОВ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА ДЛЯ ПРОГНОЗА ТОВАРООБОРОТА\n\n"
        "Приведены группы факторов, влияющих на товарооборот розничного торгового предприятия. Описаны "
        "алгоритмы анализа и прогнозирования с использованием нейронных сетей.\n\n"
        "Товарооборот, розничное торговое предприятие, группы факторов, нейронные сети.\n\n"
        "Регулярная оценка товарооборота позволяет оперативно реагировать на изменения спроса. Оценка должна "
        "носить комплексный характер и опираться на данные таможенной статистики.\n\n"
        "APPLICATION OF ARTIFICIAL INTELLIGENCE TO RETAIL TURNOVER FORECASTING\n\n"
        "Groups of factors influencing goods turnover of a retail trade enterprise are given. Algorithms of "
        "analysis and forecasting with neural networks are described.\n\n"
        "Goods turnover, retail trade enterprise, groups of factors, neural networks."
    )
    article = _article(load_string(text))
    assert article.abstract["ru"].startswith("Приведены группы факторов")
    assert article.abstract["en"].startswith("Groups of factors")
    assert article.keywords == {"ru": ["Товарооборот", "розничное торговое предприятие", "группы факторов", "нейронные сети"],
                                "en": ["Goods turnover", "retail trade enterprise", "groups of factors", "neural networks"]}
    assert [b.kind for b in article.blocks][3] == "paragraph"  # the body's prose stays the body's


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        # a structured abstract: its first heading, alone or before a colon, is no part of its text
        ("Customs checks during the pandemic\n\nAbstract\n\nBackground\n\nThe customs checks at the border slowed "
         "during the lockdown of 2020.\n\nMethods\n\nWe simulated the queues.\n\nIntroduction\n\nChecks resumed.",
         "en", "The customs checks at the border"),
        ("Customs checks during the pandemic\n\nAbstract\n\nBackground: Knowledge of the best approaches to customs "
         "checks is limited.\n\nIntroduction\n\nChecks resumed.", "en", "Knowledge of the best approaches"),
        ("Таможенный контроль во время пандемии\n\nАннотация\n\nЦель: изучить, как замедлился таможенный контроль "
         "на границе в 2020 году.\n\nВведение\n\nКонтроль возобновлён.", "ru", "изучить, как замедлился"),
        # a dash and a small letter after it make it a sentence's subject, kept («Цель исследования – ...»)
        ("Таможенный контроль во время пандемии\n\nАннотация\n\nЦель исследования – изучить, как замедлился "
         "таможенный контроль на границе.\n\nВведение\n\nКонтроль возобновлён.", "ru", "Цель исследования – изучить"),
        ("Customs checks during the pandemic\n\nAbstract\n\nPurpose — To learn how customs checks slowed at the "
         "border.\n\nIntroduction\n\nChecks resumed.", "en", "To learn how customs checks"),
        # a heading word in capitals run into the abstract's first paragraph, its other paragraphs unheaded
        ("Customs checks during the pandemic\n\nAbstract\n\nIMPORTANCE In 2020, customs checks at the border "
         "slowed during the lockdown.\n\nIntroduction\n\nChecks resumed.", "en", "In 2020, customs checks"),
        ("Таможенный контроль во время пандемии\n\nАннотация\n\nОБОСНОВАНИЕ В 2020 году таможенный контроль "
         "на границе замедлился.\n\nВведение\n\nКонтроль возобновлён.", "ru", "В 2020 году таможенный"),
    ],
)
def test_the_first_heading_of_a_structured_abstract_is_left_out(text: str, lang: str, start: str) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).abstract[lang].startswith(start)


_LONG_EN = ("Risk grows in the ports and at the borders of the Union, as the data of ten years show; the customs "
            "services of the member states share their risk profiles and check fewer consignments each year.")
_LONG_RU = ("Риск растёт в портах и на границах Союза, как показывают данные за десять лет; таможенные службы "
            "государств-членов обмениваются профилями рисков и проверяют всё меньше партий товаров каждый год.")


@pytest.mark.parametrize(
    ("text", "lang", "keywords"),
    [
        # keywords set apart by dots (a separator the font cannot name reads as one)
        ("Customs risk\n\nAbstract. Risk is modelled.\n\nKeywords: Health data \x01 Compliance \x01 GDPR \x01 Security\n\n"
         "Introduction\n\n" + _LONG_EN, "en", ["Health data", "Compliance", "GDPR", "Security"]),
        ("Таможенный риск\n\nАннотация. Риск моделируется.\n\nКлючевые слова: таможенный риск · управление рисками · "
         "ЕАЭС\n\nВведение\n\n" + _LONG_RU, "ru", ["таможенный риск", "управление рисками", "ЕАЭС"]),
        ("Customs risk\n\nAbstract. Risk is modelled.\n\nKeywords Corruption . Emigration . Educational attainment.\n\n"
         "Introduction\n\n" + _LONG_EN, "en", ["Corruption", "Emigration", "Educational attainment"]),
        ("Таможенный риск\n\nАннотация. Риск моделируется.\n\nКлючевые слова: коррупция . эмиграция . образование.\n\n"
         "Введение\n\n" + _LONG_RU, "ru", ["коррупция", "эмиграция", "образование"]),
    ],
)
def test_keywords_set_apart_by_dots(text: str, lang: str, keywords: list[str]) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).keywords[lang] == keywords


@pytest.mark.parametrize(
    ("text", "lang", "start", "kept"),
    [
        # a structured abstract without a label word: paragraphs under headings of their own, right under the title
        ("Changes in Customs Checks at the Border\n\nIMPORTANCE Customs checks slowed during the lockdown of 2020.\n\n"
         "OBJECTIVE To assess how the checks changed.\n\nDESIGN, SETTING, AND PARTICIPANTS This study uses the "
         "declarations of ten years at 40 border posts.\n\nRESULTS Of 2 434 320 declarations, 192 346 were checked."
         "\n\nCONCLUSIONS AND RELEVANCE Checks recovered within a year.\n\nThe pandemic changed the border. "
         + _LONG_EN, "en", "Customs checks slowed", "The pandemic changed the border"),
        ("Изменения таможенного контроля на границе\n\nЦель. Оценить, как изменился таможенный контроль в 2020 году."
         "\n\nМетоды. Использованы декларации за десять лет по 40 пунктам пропуска.\n\nРезультаты. Из 2 434 320 "
         "деклараций проверены 192 346.\n\nВыводы. Контроль восстановился за год.\n\nПандемия изменила границу. "
         + _LONG_RU, "ru", "Оценить, как изменился", "Пандемия изменила границу"),
    ],
)
def test_a_structured_abstract_without_a_label_word(text: str, lang: str, start: str, kept: str) -> None:
    from pipeline.analysis import analyze

    article = analyze(text)
    assert article.abstract[lang].startswith(start)
    assert kept not in article.abstract[lang]


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        # the other language's abstract closes the article without a label word (after its title and names)
        ("Таможенный контроль и сети-приманки\n\nАннотация. Рассмотрены сети-приманки.\n\nВведение\n\n"
         + "\n\n".join([_LONG_RU] * 6) + "\n\nThe article describes the raising of network security at customs posts by analysing the data received "
         "from the decoy networks, and the methods of learning the tactics of smugglers based on their results.",
         "en", "The article describes the raising"),
        ("Customs control and decoy networks\n\nAbstract. Decoy networks are considered.\n\nIntroduction\n\n"
         + "\n\n".join([_LONG_EN] * 6) + "\n\nВ статье описано повышение сетевой безопасности таможенных постов путём анализа данных, поступающих "
         "из сетей-приманок, и методы изучения тактики контрабандистов по их результатам.",
         "ru", "В статье описано повышение"),
    ],
)
def test_the_other_languages_abstract_closing_the_article(text: str, lang: str, start: str) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).abstract[lang].startswith(start)


@pytest.mark.parametrize(
    ("text", "keywords"),
    [
        # the label's language is the list's, whatever letters the keywords are written in
        ("Сети-приманки на таможне\n\nАннотация. Рассмотрены сети-приманки.\n\nКлючевые слова: Honeynet, honeypot, "
         "blackhat, spam\n\nВведение\n\n" + _LONG_RU, {"ru": ["Honeynet", "honeypot", "blackhat", "spam"]}),
        ("Decoy networks at customs\n\nAbstract. Decoy networks are considered.\n\nKeywords: таможня, ЕАЭС, "
         "сети-приманки\n\nIntroduction\n\n" + _LONG_EN, {"en": ["таможня", "ЕАЭС", "сети-приманки"]}),
    ],
)
def test_keywords_in_the_language_of_their_label(text: str, keywords: dict[str, list[str]]) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).keywords == keywords


@pytest.mark.parametrize(
    ("text", "lang", "keywords"),
    [
        # a list the layout broke inside a keyword goes on in the next paragraph
        ("Customs risk\n\nAbstract. Risk is modelled in the ports.\n\nKeywords: cities, legal services, count of\n\n"
         "companies, count of employees, open data.\n\nIntroduction\n\n" + _LONG_EN, "en",
         ["cities", "legal services", "count of companies", "count of employees", "open data"]),
        ("Таможенный риск\n\nАннотация. Риск моделируется в портах.\n\nКлючевые слова: города, юридические услуги, "
         "число\n\nкомпаний, число работников, открытые данные.\n\nВведение\n\n" + _LONG_RU, "ru",
         ["города", "юридические услуги", "число компаний", "число работников", "открытые данные"]),
    ],
)
def test_keywords_the_layout_broke_into_two_paragraphs(text: str, lang: str, keywords: list[str]) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).keywords[lang] == keywords


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        # an economics journal's unlabelled abstract, closed by its codes, broken by the layout into lines
        ("Protection for Sale\n\nBy GENE M. GROSSMAN AND ELHANAN HELPMAN\n\nWe develop a model in which interest groups make "
         "contributions\n\nin order to influence the choice of trade policy. The\n\ngroups bid for protection with their "
         "support. Politicians maximize their own welfare, which depends on the contributions and on the welfare of "
         "voters. (JEL F13, D72)\n\nWhen asked why free trade is so rarely practiced, economists blame politics. " + _LONG_EN,
         "en", "We develop a model in which interest groups"),
        ("Защита на продажу\n\nИ.И. Иванов, П.П. Петров\n\nПостроена модель, в которой группы интересов делают "
         "взносы, чтобы повлиять на выбор торговой политики. Группы покупают защиту своей поддержкой. Политики "
         "максимизируют своё благосостояние, которое зависит от взносов и от благосостояния избирателей. (JEL F13, D72)"
         "\n\nНа вопрос, почему свободная торговля так редка, экономисты отвечают: политика. " + _LONG_RU,
         "ru", "Построена модель, в которой группы"),
    ],
)
def test_an_abstract_its_journals_codes_close(text: str, lang: str, start: str) -> None:
    from pipeline.analysis import analyze

    article = analyze(text)
    assert article.abstract[lang].startswith(start) and article.abstract[lang].endswith("(JEL F13, D72)")


@pytest.mark.parametrize(
    ("text", "lang", "start"),
    [
        # the codes set apart under an abstract the layout broke into paragraphs, read from a scan ("{" for "(",
        # "016" for "O16")
        ("The Miracle of Microfinance\n\nThis paper reports results from the randomized evaluation of a lending "
         "program. A lender worked in 52 neighborhoods, leading to an\n\n8.4 percentage point increase in takeup.\n\n"
         "We found no changes in health or education. Two years later very few differences persist.\n\n"
         "{JEL G21, G31, 016, 012, L25, 138)\n\nOver the last 15 years microcredit grew. " + _LONG_EN,
         "en", "This paper reports results"),
        ("Чудо микрофинансов\n\nВ статье представлены результаты рандомизированной оценки программы кредитования. "
         "Кредитор работал в 52 районах, что привело к\n\nросту спроса на кредит на 8,4 пункта.\n\n"
         "Изменений в здоровье и образовании не найдено. Через два года различия почти исчезли.\n\n"
         "(JEL G21, G31, O16)\n\nЗа последние 15 лет микрокредитование выросло. " + _LONG_RU,
         "ru", "В статье представлены результаты"),
    ],
)
def test_an_abstract_its_journals_codes_close_from_a_paragraph_of_their_own(text: str, lang: str, start: str) -> None:
    from pipeline.analysis import analyze

    article = analyze(text)
    last = "различия почти исчезли" if lang == "ru" else "very few differences persist"
    assert article.abstract[lang].startswith(start) and last in article.abstract[lang]


@pytest.mark.parametrize(
    ("text", "lang", "start", "keywords"),
    [
        # an unlabelled abstract of several paragraphs, a line of codes broken off it, labelled keywords after
        ("ТАМОЖЕННЫЙ ТРАНЗИТ В ЕАЭС\n\nЦелью работы является изучение сроков транзита товаров через таможенную "
         "территорию союза и причин задержек грузов в пунктах пропуска.\n\nВыполнен анализ деклараций за десять лет. "
         "Получены сведения о сроках транзита, о маршрутах и о грузах по группам товаров (уголь 2701, сталь\n\n"
         "7208, машины 8471) и по странам (Китай, Германия, Беларусь) в\n\nпунктах пропуска союза. Это позволило "
         "оценить сроки доставки грузов и сравнить их с нормами, которые установлены правом союза.\n\n"
         "Ключевые слова: транзит, ЕАЭС, таможенный контроль.\n\nВВЕДЕНИЕ\n\n" + _LONG_RU,
         "ru", "Целью работы является", ["транзит", "ЕАЭС", "таможенный контроль"]),
        ("CUSTOMS TRANSIT IN THE EAEU\n\nThe aim of the work is to study the terms of transit of goods across the "
         "customs territory of the union and the causes of delays at border posts.\n\nThe declarations of ten years "
         "are analysed. Data on the terms of transit, the routes and the goods by groups (coal 2701, steel\n\n"
         "7208, machines 8471) and by countries (China, Germany, Belarus) at\n\nthe border posts of the union are "
         "obtained. This gave the terms of delivery, compared with the norms that the law of the union sets.\n\n"
         "Keywords: transit, EAEU, customs control.\n\nINTRODUCTION\n\n" + _LONG_EN,
         "en", "The aim of the work", ["transit", "EAEU", "customs control"]),
    ],
)
def test_an_unlabelled_abstract_of_several_paragraphs_before_its_keywords(text: str, lang: str, start: str,
                                                                         keywords: list[str]) -> None:
    from pipeline.analysis import analyze

    article = analyze(text)
    assert article.abstract[lang].startswith(start) and article.keywords[lang] == keywords


@pytest.mark.parametrize(
    ("text", "lang", "title", "start"),
    [
        # the other language's block after the body: its title in capitals, its names, its abstract and
        # labelled keywords; the names are neither abstract nor title
        ("Операторный метод\n\nАннотация. Адаптирован операторный метод.\n\nВведение\n\n" + "\n\n".join([_LONG_RU] * 6)
         + "\n\nOPERATOR METHOD FOR ONE-STEP PROCESSES\n\nEferina E.G., Korolkova A.V., Kulyabov D.S.\n\n"
         "Operator method was adapted for solving stochastic differential equations.\n\n"
         "Key words: operator method, master equation.", "en", "OPERATOR METHOD FOR ONE-STEP PROCESSES",
         "Operator method was adapted"),
        ("Operator method\n\nAbstract. The operator method is adapted.\n\nIntroduction\n\n" + "\n\n".join([_LONG_EN] * 6)
         + "\n\nОПЕРАТОРНЫЙ МЕТОД ДЛЯ ОДНОШАГОВЫХ ПРОЦЕССОВ\n\nЕферина Е.Г., Королькова А.В., Кулябов Д.С.\n\n"
         "Адаптирован операторный метод решения стохастических уравнений.\n\n"
         "Ключевые слова: операторный метод, кинетическое уравнение.", "ru", "ОПЕРАТОРНЫЙ МЕТОД ДЛЯ ОДНОШАГОВЫХ ПРОЦЕССОВ",
         "Адаптирован операторный метод"),
    ],
)
def test_the_other_languages_block_with_its_title_and_names_above_its_abstract(text: str, lang: str, title: str,
                                                                               start: str) -> None:
    from pipeline.analysis import analyze

    article = analyze(text)
    assert article.titles.get(lang) == title and article.abstract[lang].startswith(start)


@pytest.mark.parametrize(
    ("text", "lang", "abstract", "keywords"),
    [
        ("Operator method\n\nAbstract\n\nThe operator method is adapted to one-step processes of many kinds. It solves "
         "master equations in closed form. Key words: operator method, master equation. The work is supported by "
         "the grants of the foundation.\n\nIntroduction\n\n" + "\n\n".join([_LONG_EN] * 3), "en",
         "The operator method is adapted to one-step processes of many kinds. It solves master equations in closed form.",
         ["operator method", "master equation"]),
        ("Операторный метод\n\nАннотация\n\nОператорный метод адаптирован для одношаговых процессов разного рода. Он "
         "решает кинетические уравнения в явном виде. Ключевые слова: операторный метод, кинетическое уравнение. Работа "
         "выполнена при поддержке фонда.\n\nВведение\n\n" + "\n\n".join([_LONG_RU] * 3), "ru",
         "Операторный метод адаптирован для одношаговых процессов разного рода. Он решает кинетические уравнения в "
         "явном виде.", ["операторный метод", "кинетическое уравнение"]),
    ],
)
def test_keywords_run_on_after_the_abstract_in_its_paragraph(text: str, lang: str, abstract: str,
                                                            keywords: list[str]) -> None:
    from pipeline.analysis import analyze

    article = analyze(text)
    assert article.abstract[lang] == abstract and article.keywords[lang] == keywords


@pytest.mark.parametrize("text", [
    "«Фото можно сфальсифицировать»: в Москве опровергли причастность отряда\n\n"
    "В Москве опровергли сообщения о причастности отряда к делу. Пресс-секретарь заявил, что это не прерогатива "
    "Кремля. Посол подчеркнул, что предположения несостоятельны, а комплекс не находится на территории посольства.\n\n"
    "Отслеживание информации по делу — задача министерства.\n\n16 Ковальчуков — и ни одного Андрея\n\n"
    "В прокуратуре заявили, что запросов не получали.\n",
    "Photos can be faked: Moscow denies the detachment's role\n\n"
    "Moscow denied reports that the detachment took part in the case. The spokesman said it was no business of the "
    "Kremlin. The ambassador stressed that the claims were baseless and the compound was outside the embassy.\n\n"
    "Following the case is the ministry's task.\n\n16 Kovalchuks and not one Andrei\n\n"
    "The prosecutors said they had received no request.\n",
])
def test_a_count_opening_a_news_storys_heading_opens_no_body_after_front_matter(text: str) -> None:
    """Only the first section's number (1, I) opens a body whose front matter holds an unlabelled abstract: a
    news story's heading «16 Ковальчуков ...» is no section, and its lead no abstract."""
    from pipeline import analyze

    article = analyze(text)
    assert not article.abstract and not article.scholarly
