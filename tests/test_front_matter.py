"""Front matter as journals print it around the title: other Cyrillic languages, catalogue codes,
labels with a note's mark, titles in both languages, and labels that head a part of the body."""

from __future__ import annotations

import pytest
from helpers import context, make_article

from pipeline import analyze
from pipeline.layout import front
from pipeline.layout.apparatus import Found, apparatus
from pipeline.layout.parts import parts
from pipeline.layout.structure import structure
from pipeline.nlp.lang import block_language, other_cyrillic
from pipeline.record import Article
from pipeline.settings import Settings

BODY_RU = ("Таможенные органы государств союза обмениваются сведениями о товарах. Обмен ускоряет выпуск товаров "
           "и снижает издержки участников внешнеэкономической деятельности. ")
BODY_EN = ("Customs administrations of the union exchange data on goods. The exchange speeds up the release of "
           "goods and lowers the costs of traders. ")


def _read(text: str, page_starts: list[int] | None = None) -> Article:
    article = make_article(text, name="x.pdf", fmt="pdf", page_starts=page_starts or [0])
    return structure(parts(article, context()), context())


def _paged(pages: list[str]) -> tuple[str, list[int]]:
    """The text of pages joined by blank lines, and where each page starts in it."""
    starts, text = [], ""
    for page in pages:
        starts.append(len(text) + (2 if text else 0))
        text = f"{text}\n\n{page}" if text else page
    return text, starts


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Мақалада заңгерлік фирмалардың қызметкерлерінің саны мен Ресей қалаларында заңгерлік қызмет", "kk"),
        ("У статті розглядається митне співробітництво країн Євразійського союзу та їхні інтереси", "uk"),
        ("У артыкуле разглядаецца мытнае супрацоўніцтва краін саюза і іх інтарэсы", "be"),
        ("В статье рассматривается таможенное сотрудничество стран союза", None),
        # a Ukrainian or Kazakh name in a Russian paragraph leaves it Russian
        ("Статья Ігоря Шевченка о таможенном сотрудничестве стран Евразийского экономического союза и "
         "о совместном контроле товаров на границе союза в последние годы", None),
    ],
)
def test_other_cyrillic_languages_are_told_by_their_letters(text: str, code: str | None) -> None:
    assert other_cyrillic(text) == code
    assert block_language(text) == (code or "ru")


@pytest.mark.parametrize("main", ["en", "ru"])
def test_a_kazakh_block_is_neither_russian_nor_english(main: str) -> None:
    """A journal that prints the title, abstract and keywords in three languages: the Kazakh block
    gets its own language, and the Russian abstract and keywords are the Russian ones."""
    kazakh = ("Ресей қалаларында заң қызметтерін көрсетудің талдауы\n\n"
              "Мақалада заңгерлік фирмалардың қызметкерлерінің саны мен Ресей қалаларында заңгерлік қызмет "
              "көрсету арасындағы байланыс қарастырылады. Зерттеудің мақсаты заң қызметтерін көрсету деңгейін "
              "анықтау болып табылады.\n\n"
              "Түйін сөздер: заң қызметтері, заң фирмалары, қалалар")
    russian = ("Анализ обеспеченности юридическими услугами в городах России\n\n"
               "В статье исследуется связь между числом сотрудников юридических фирм и обеспеченностью "
               "юридическими услугами в городах России. Цель исследования состоит в оценке этой связи по данным "
               "налоговой службы о численности работников малых и средних предприятий.\n\n"
               "Ключевые слова: юридические услуги, юридические фирмы, города")
    english = ("Provision of legal services in Russian cities\n\n"
               "The article examines the relationship between the number of lawyers and the provision of legal "
               "services in Russian cities. It aims to measure this relationship with the open data of the tax "
               "service on the staff of small and medium-sized firms.\n\n"
               "Keywords: legal services, law firms, cities")
    first = english if main == "en" else russian
    second = russian if main == "en" else english
    body = (BODY_EN if main == "en" else BODY_RU) * 6
    heading = "Introduction" if main == "en" else "Введение"
    article = _read("\n\n".join([first, kazakh, second, heading, body]))
    assert article.abstract["ru"].startswith("В статье исследуется")
    assert article.abstract["kk"].startswith("Мақалада")
    assert article.keywords["ru"] == ["юридические услуги", "юридические фирмы", "города"]
    assert article.titles["ru"] == "Анализ обеспеченности юридическими услугами в городах России"
    assert article.titles["kk"].startswith("Ресей қалаларында")


@pytest.mark.parametrize(
    ("catalogue", "title"),
    [
        ("IRSTI 06.61.53 https://doi.org/10.26577/JGEM.2024.v73.i2-07", "Customs cooperation in Central Asia"),
        ("МРНТИ 06.61.53", "Таможенное сотрудничество в Центральной Азии"),
        ("ГРНТИ 10.87.27", "Таможенное сотрудничество в Центральной Азии"),
    ],
)
def test_a_classification_code_over_the_title_is_no_title(catalogue: str, title: str) -> None:
    body, name = (BODY_EN, "P. O. Syomin") if title.startswith("Customs") else (BODY_RU, "П. О. Сёмин")
    article = _read(f"{catalogue}\n\n{name}\n\n{title}\n\n{body * 4}")
    assert article.title == title
    assert catalogue not in article.text


@pytest.mark.parametrize(
    ("names", "line"),
    [(["Бородулин И.В."], "УДК 004.8 Бородулин И.В."), (["Петров П. П.", "Сидоров С. С."], "УДК 339.543 Петров П. П., Сидоров С. С.")],
)
def test_names_on_the_line_of_the_catalogue_number_are_the_authors(names: list[str], line: str) -> None:
    article = _read(f"{line}\n\nТАМОЖЕННОЕ СОТРУДНИЧЕСТВО СТРАН СОЮЗА\n\n{BODY_RU * 4}")
    assert [a.name for a in article.authors] == names


@pytest.mark.parametrize(
    ("title", "translated", "body"),
    [
        ("НАПРАВЛЕНИЯ РАЗВИТИЯ СИСТЕМ ДОСМОТРА ГРУЗОВ", "DIRECTIONS OF DEVELOPMENT OF CARGO INSPECTION SYSTEMS", BODY_RU),
        ("DIRECTIONS OF DEVELOPMENT OF CARGO INSPECTION SYSTEMS", "НАПРАВЛЕНИЯ РАЗВИТИЯ СИСТЕМ ДОСМОТРА ГРУЗОВ", BODY_EN),
    ],
)
def test_the_title_in_capitals_right_under_the_title_is_its_translation(title: str, translated: str, body: str) -> None:
    article = _read(f"{title}\n\n{translated}\n\nОгородников Сергей Анатольевич\n\n{body * 4}")
    assert article.titles == {block_language(title): title, block_language(translated): translated}


@pytest.mark.parametrize(
    ("label", "keywords", "body"),
    [
        ("Ключевые слова1", ["система теплоснабжения", "тепловая сеть"], BODY_RU),
        ("Keywords*", ["heat supply", "heat network"], BODY_EN),
    ],
)
def test_a_label_with_a_notes_mark_still_opens_its_keywords(label: str, keywords: list[str], body: str) -> None:
    abstract = body * 2
    article = _read(f"Title of the paper on heat supply\n\n{abstract}\n\n{label}\n\n{', '.join(keywords)}\n\n"
                    f"{'Введение' if body is BODY_RU else 'Introduction'}\n\n{body * 3}")
    lang = block_language(body)
    assert article.keywords[lang] == keywords


@pytest.mark.parametrize(
    ("text", "keywords"),
    [
        ("Ключевые слова: рисунок вен, инфракрасное изображение ВВЕДЕНИЕ", ["рисунок вен", "инфракрасное изображение"]),
        ("Keywords: vein pattern, infrared image INTRODUCTION", ["vein pattern", "infrared image"]),
    ],
)
def test_the_bodys_first_heading_run_on_after_the_keywords_is_no_keyword(text: str, keywords: list[str]) -> None:
    body = BODY_RU if "слова" in text else BODY_EN
    article = _read(f"Title of the paper on veins\n\n{body * 2}\n\n{text}\n\n{body * 3}")
    assert article.keywords[block_language(body)] == keywords


@pytest.mark.parametrize(("label", "body"), [("Резюме", BODY_RU), ("Summary", BODY_EN)])
def test_an_abstracts_label_deep_in_the_body_heads_a_part_of_it(label: str, body: str) -> None:
    """The article's own abstract is the prose under its title; the label after the introduction
    heads the conclusion, and no second front block is read there."""
    abstract = ("Статья посвящена описанию направлений развития систем досмотра грузов и транспортных средств. "
                "Особое внимание отводится малоракурсной томографии и методам глубокого обучения, которые позволят "
                "создать новый тип досмотровых комплексов." if body is BODY_RU else
                "The article describes the directions of development of cargo and vehicle inspection systems. Special "
                "attention is paid to rare-view tomography and deep learning, which will allow a new type of "
                "inspection systems.")
    title = "Перспективы досмотра грузов" if body is BODY_RU else "Prospects of cargo inspection"
    keywords, heading = (("Ключевые слова: досмотр, томография", "Введение") if body is BODY_RU
                         else ("Keywords: inspection, tomography", "Introduction"))
    pages = [f"{title}\n\n{abstract}\n\n{keywords}\n\n{heading}\n\n{body * 2}"] + [body * 3] * 3 + [f"{label}\n\n{body}"]
    article = _read(*_paged(pages))
    lang = block_language(body)
    assert article.titles == {lang: title}
    assert article.abstract[lang] == abstract


@pytest.mark.parametrize(("label", "body"), [("Резюме.—", BODY_RU), ("Summary.—", BODY_EN)])
def test_a_label_run_into_a_paragraph_deep_in_a_body_without_an_introduction_is_the_bodys(label: str, body: str) -> None:
    """An address printed without an abstract or an introduction's heading: "Summary.—" runs into a
    paragraph on its fifth page, after pages of prose, and is no abstract."""
    title = "Мотивы в макроэкономике" if body is BODY_RU else "The missing motivation in macroeconomics"
    summary = ("Наследство определяется не только потреблением родителей, но и нормами поведения."
               if body is BODY_RU else "Bequests depend not only on the parents' consumption but on norms of behaviour.")
    pages = [f"{title}\n\n{body * 2}"] + [body * 10] * 3 + [f"{label}{summary}"]
    article = _read(*_paged(pages))
    assert summary[:20] not in " ".join(article.abstract.values())
    assert summary in article.text


@pytest.mark.parametrize(
    ("heading", "text", "absent"),
    [
        ("5. Благодарности", "Работа выполнена в рамках гранта Министерства науки и высшего образования РФ.", "RU"),
        ("4. Acknowledgements", "The work was supported by a grant of the Ministry of Science of Germany.", "DE"),
    ],
)
def test_a_numbered_acknowledgements_section_gives_no_facts(heading: str, text: str, absent: str) -> None:
    body = BODY_RU if heading.startswith("5") else BODY_EN
    article = analyze(f"{body * 4}\n\n{heading}\n\n{text}\n\n{body}", Settings(html=False, progress=False))
    assert absent not in {c.iso2 for c in article.countries}
    assert "Ministry" not in " ".join(o.name for o in article.organisations)
    assert "Министерств" not in " ".join(o.name for o in article.organisations)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Таможенные органы применяют Решение Комиссии Таможенного союза от 18 ноября 2010 г. № 454 при проверке.",
         "Решение Комиссии Таможенного союза № 454"),
        ("Customs officers apply Federal Law No. 289-FZ of 3 August 2018 at the border.", "Federal Law No. 289-FZ"),
    ],
)
def test_a_text_of_one_sentence_is_read_for_facts(text: str, act: str) -> None:
    """A sentence with an act's number is prose, not a journal's issue line."""
    article = analyze(text, Settings(html=False, progress=False))
    assert [t.title for t in article.treaties] == [act]


@pytest.mark.parametrize(
    ("tail", "title", "body"),
    [
        (["9. Гражданский кодекс Франции / пер. с фр. В. Н. Захватаева. М. : Инфотропик Медиа, 2012. 624 с.",
          "10. Громов С. А. Узуфрукт // Вещные права: сборник статей / отв. ред. М. А. Рожкова. М. : Статут, 2011. 399 с.",
          "11. Проект Гражданского уложения Российской империи // Библиотека юридических редкостей. URL: "
          "http://oldlawbook.narod.ru (дата обращения: 02.12.2016)."],
         "К ВОПРОСУ О ПОНЯТИИ НЕДЕЛИМОЙ ВЕЩИ", BODY_RU),
        (["9. Smith J. Customs and trade. Journal of Customs Studies, 2012, vol. 4, pp. 1–20.",
          "10. Lee K. Transit of goods // Proceedings of the Customs Conference. London : Routledge, 2011. 399 p.",
          "11. World Customs Organization. Revised Kyoto Convention. URL: http://www.wcoomd.org (accessed 02.12.2016)."],
         "ON THE CONCEPT OF AN INDIVISIBLE THING", BODY_EN),
    ],
)
def test_the_end_of_the_article_before_is_left_out(tail: list[str], title: str, body: str) -> None:
    """A page range cut from a volume opens with the last entries of the article before: they leave the
    text with a warning, and the title after them is the article's."""
    article = _read("\n\n".join([*tail, title, body * 4]))
    assert article.title == title
    assert not any(entry[:20] in article.text for entry in tail)
    assert any("previous article" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("note", "abstract"),
    [
        ("Работа выполнена при поддержке гранта Российского научного фонда № 22-28-00456.", "Аннотация. " + BODY_RU),
        ("This work was supported in part by the Horizon Europe Programme under Grant 101095530.", "ABSTRACT " + BODY_EN),
    ],
)
def test_a_note_of_a_grant_between_the_title_and_the_abstract_leaves_the_text(note: str, abstract: str) -> None:
    title = "Automated risk assessment of customs systems" if note.startswith("This") else "Автоматизированная оценка рисков"
    article = _read(f"{title}\n\n{note}\n\n{abstract}\n\n{abstract[10:] * 3}")
    assert note[:30] not in article.text


@pytest.mark.parametrize(
    ("title", "body", "country"),
    [
        ("Comparing Risks of Firearm Death Among Young Adult Males in Selected US Cities With Wartime Service in Iraq",
         "In 2020, homicides in the cities saw a record increase. Young men in the most violent zip codes faced risks "
         "that exceeded those of soldiers deployed to Iraq. The study compares the risks. ", "IQ"),
        ("Сравнение Рисков Гибели Молодых Мужчин В Отдельных Городах С Военной Службой В Ираке",
         "В 2020 году число убийств в городах выросло. Молодые мужчины в самых опасных районах рисковали больше, "
         "чем солдаты в Ираке. Исследование сравнивает эти риски. ", "IQ"),
    ],
)
def test_a_title_in_title_case_names_no_organisation_by_its_capitals(title: str, body: str, country: str) -> None:
    article = analyze(f"{title}\n\n{body * 3}", Settings(html=False, progress=False))
    assert article.organisations == []
    assert country in {c.iso2 for c in article.countries}


@pytest.mark.parametrize(
    ("heading", "body", "kept"),
    [
        # a numbered section heading in title case, with an owner's ending: its capitals name nothing,
        # while a name the prose writes keeps them
        ("II.C. The Domestic Government’s Optimal Trade Policy Problem",
         "The government chooses a tariff that maximises welfare, as the World Trade Organization allows. ",
         "World Trade Organization"),
        ("3.1. Роль Таможенной Службы В Развитии Региона",
         "Служба выбирает тариф, который разрешает Всемирная торговая организация. ", "Всемирная торговая организация"),
    ],
)
def test_a_numbered_heading_in_title_case_names_no_organisation(heading: str, body: str, kept: str) -> None:
    article = analyze(f"Introduction\n\n{body * 3}\n\n{heading}\n\n{body * 3}", Settings(html=False, progress=False))
    assert [o.name for o in article.organisations] == [kept]


@pytest.mark.parametrize(
    ("listed", "body"),
    [
        ("Afghanistan, Albania, Algeria, Benin and Bolivia", "The sample holds the countries listed below. " * 3),
        ("Австрия, Бельгия, Болгария, Греция и Дания", "Выборка включает страны, перечисленные ниже. " * 3),
    ],
)
def test_a_list_of_names_keeps_its_capitals(listed: str, body: str) -> None:
    """A paragraph of names apart by commas is no title in title case: its names stay names."""
    article = analyze(f"{body}\n\n{listed}\n\n{body}", Settings(html=False, progress=False))
    assert len(article.countries) == 5


@pytest.mark.parametrize(
    ("title", "abstract", "heading", "body"),
    [
        ("Социально-профессиональный статус в современной России",
         "В социологической литературе давно замечено, что профессии обладают различным статусом. В данной статье "
         "представлена шкала социально-профессионального статуса, разработанная на основе опросов, проведенных в "
         "постсоветской России. Далее автор описывает данные и методологию.",
         "Подходы к конструированию шкал престижа", BODY_RU),
        ("Occupational status in contemporary Russia",
         "Sociologists have long noticed that occupations differ in their social status. This paper presents a "
         "scale of occupational status built on surveys carried out in post-Soviet Russia. The author then "
         "describes the data and the method.", "Approaches to scales of prestige", BODY_EN),
    ],
)
def test_prose_under_the_title_that_speaks_of_the_article_is_its_abstract(title: str, abstract: str, heading: str,
                                                                          body: str) -> None:
    """No label, no heading of the usual names: the paragraph under the title that speaks of the
    article itself is its abstract; a paragraph that does not is the body's."""
    lang = block_language(body)
    article = _read(f"{title}\n\n{abstract}\n\n{heading}\n\n{body * 4}")
    assert article.abstract == {lang: abstract}
    plain = _read(f"{title}\n\n{body * 2}\n\n{heading}\n\n{body * 4}")
    assert plain.abstract == {}


@pytest.mark.parametrize(
    ("history", "support", "rights", "gone"),
    [
        (["Поступило в Редакцию 15 ноября 2022 г.", "После доработки 30 ноября 2022 г."],
         "Данное исследование поддержано Российским научным фондом, грант № 21-42-04407.",
         "- 2020 ООО «Издательство Наука». Все права защищены.", ["Редакци", "научн", "Наука"]),
        (["Received 15 November 2022", "Revised 30 November 2022"],
         "This study was supported by the National Science Foundation, grant No. 2142044.",
         "- 2014 Elsevier Ltd. All rights reserved.", ["Science Foundation", "Elsevier"]),
        # the research of named authors supported
        (["Received 15 November 2022", "Revised 30 November 2022"],
         "The research of E. Gorbunov was partially supported by the Ministry of Science and Higher Education, project "
         "No. 0714-2020-0005.", "- 2014 Elsevier Ltd. All rights reserved.", ["Ministry of Science"]),
        (["Поступило в Редакцию 15 ноября 2022 г.", "После доработки 30 ноября 2022 г."],
         "Исследование автора поддержано Министерством науки и высшего образования, проект № 0714-2020-0005.",
         "- 2020 ООО «Издательство Наука». Все права защищены.", ["Министерств"]),
        # the sign read as a letter; the journal's name between the sign and its publisher
        (["Received 15 November 2022", "Revised 30 November 2022"],
         "This study was supported by the National Science Foundation, grant No. 2142044.",
         "r 2006 Elsevier B.V. All rights reserved.", ["Elsevier"]),
        (["Received 15 November 2022", "Revised 30 November 2022"],
         "This study was supported by the National Science Foundation, grant No. 2142044.",
         "© 2022 The Authors. WIREs Climate Change published by Wiley Periodicals LLC.", ["Wiley"]),
        (["Received 15 November 2022", "Revised 30 November 2022"],
         "This study was supported by the National Science Foundation, grant No. 2142044.",
         "© 2024 The Authors. Contemporary Economic Policy published by Wiley Periodicals LLC on behalf of Western "
         "Economic Association International.", ["Wiley"]),
    ],
)
def test_an_articles_history_support_and_rights_give_no_organisations(history: list[str], support: str, rights: str,
                                                                     gone: list[str]) -> None:
    """The dates of an article's history, its note of support after the body and a rights line closing
    its abstract (its «©» read as a dash) are apparatus: no body is read from them."""
    body = BODY_RU if support[0] == "Д" else BODY_EN
    label = "Аннотация." if body is BODY_RU else "Abstract."
    text = (f"{'Таможенный обмен' if body is BODY_RU else 'Customs exchange'}\n\n{history[0]}\n\n{history[1]}\n\n"
            f"{label} {body} {rights}\n\n{body * 6}\n\n{support}")
    article = analyze(text, Settings(html=False, progress=False))
    names = " ".join(o.name for o in article.organisations)
    assert not any(word in names for word in gone), names


@pytest.mark.parametrize(
    ("keywords", "body", "absent"),
    [
        ("Ключевые слова: атомная промышленность, Государственная корпорация «Росатом», Сибирь.", BODY_RU, "Росатом"),
        ("Keywords: nuclear industry, State Corporation Rosatom, Siberia.", BODY_EN, "Rosatom"),
    ],
)
def test_the_keywords_name_subjects_not_facts(keywords: str, body: str, absent: str) -> None:
    """A body the keywords alone name is no fact of the article; the keywords stay as keywords."""
    label = "Аннотация." if body is BODY_RU else "Abstract."
    article = analyze(f"{'Атомная отрасль' if body is BODY_RU else 'Nuclear industry'}\n\n{label} {body}\n\n{keywords}"
                      f"\n\n{body * 6}", Settings(html=False, progress=False))
    assert absent not in " ".join(o.name for o in article.organisations)
    assert any(absent in k for lang in article.keywords for k in article.keywords[lang])


@pytest.mark.parametrize(
    ("line", "names", "rights"),
    [
        ("© А.М. Бойченко,1 М.С. Кленовский,2 Э.А. Соснин,3,4 В.Ф. Тарасенко 3,4",
         ["А.М. Бойченко", "М.С. Кленовский", "Э.А. Соснин", "В.Ф. Тарасенко"], "© Иванов И. И., 2020"),
        ("© A.M. Boichenko,1 M.S. Klenovskii,2 E.A. Sosnin,3,4 V.F. Tarasenko 3,4",
         ["A.M. Boichenko", "M.S. Klenovskii", "E.A. Sosnin", "V.F. Tarasenko"], "© The Authors 2021"),
    ],
)
def test_a_byline_opened_by_the_rights_sign_is_the_authors(line: str, names: list[str], rights: str) -> None:
    """Some journals print «©» before the authors' names: without a year it is their byline."""
    from pipeline.layout import front

    assert front.kind_of(line) is None
    assert [a.name for a in front.authors_of(line) or []] == names
    assert front.kind_of(rights) == "rights"


@pytest.mark.parametrize(
    ("line", "title_like"),
    [
        ("[27] R.P. Mildren, R.J. Carman. J. Phys. D: Appl. Phys., 34 (1), L1 (2001)", False),
        ("DOI: 10.1088/0022-3727/34/1/101", False),
        ("AID-JSFA603%3E3.0.CO;2-1", False),
        ("OPTIMIZATION OF GAS MIXTURES OF MULTIBAND EXCILAMPS", True),
        ("ОПТИМИЗАЦИЯ ГАЗОВЫХ СМЕСЕЙ МНОГОПОЛОСНЫХ ЭКСИЛАМП", True),
        ("[12] Иванов И. И. Эксилампы // Оптика. 2001. № 2", False),
    ],
)
def test_a_reference_or_an_address_is_no_title(line: str, title_like: bool) -> None:
    from pipeline.layout import zones

    assert zones.worded(line) is title_like


@pytest.mark.parametrize(
    ("body", "block", "lang", "start"),
    [
        (BODY_RU, "SIMULATION MODELING OF THE RED ALGORITHM\n\nKamnev A.V., Velieva T.R.\n\nPeoples' Friendship University "
         "of Russia,\n\nartkamnev@mail.ru, trvelieva@gmail.com\n\nThe aim of this work is the analysis of the RED "
         "algorithm in the simulator.\n\nKey words: network technology, simulation.", "en", "The aim of this work"),
        (BODY_EN, "ИМИТАЦИОННОЕ МОДЕЛИРОВАНИЕ АЛГОРИТМА RED\n\nКамнев А.В., Велиева Т.Р.\n\nРоссийский университет "
         "дружбы народов,\n\nartkamnev@mail.ru, trvelieva@gmail.com\n\nЦелью работы является разбор алгоритма RED в "
         "симуляторе.\n\nКлючевые слова: сетевые технологии, моделирование.", "ru", "Целью работы"),
    ],
)
def test_the_other_languages_abstract_starts_below_the_addresses(body: str, block: str, lang: str, start: str) -> None:
    """The prose over the other language's keywords after the body is its abstract, up to the names or
    the e-mails of its authors, never taking them in."""
    title = "Таможенный обмен" if body is BODY_RU else "Customs exchange"
    label = "Аннотация." if body is BODY_RU else "Abstract."
    article = analyze(f"{title}\n\n{label} {body}\n\n{body * 6}\n\n{block}", Settings(html=False, progress=False))
    assert article.abstract.get(lang, "").startswith(start)


@pytest.mark.parametrize(
    ("text", "lang", "keywords"),
    [
        ("Abstract\n\nThe development of sensor technologies resulted in the Internet of Things. The paper shows the use "
         "of threat modelling tools.\n\nKeywords 1\n\nThreat modeling, risk assessment, Internet of Things\n\n1. "
         "Introduction\n\n" + BODY_EN * 4, "en", ["Threat modeling", "risk assessment", "Internet of Things"]),
        ("Аннотация\n\nРазвитие сенсорных технологий привело к интернету вещей. В работе показано применение средств "
         "моделирования угроз.\n\nКлючевые слова 1\n\nмоделирование угроз, оценка рисков, интернет вещей\n\n1. "
         "Введение\n\n" + BODY_RU * 4, "ru", ["моделирование угроз", "оценка рисков", "интернет вещей"]),
    ],
)
def test_a_keywords_label_with_its_notes_mark_apart_heads_the_list_under_it(text: str, lang: str,
                                                                          keywords: list[str]) -> None:
    title = "Usage of threat modelling tools" if lang == "en" else "Применение средств моделирования угроз"
    article = analyze(f"{title}\n\n{text}", Settings(html=False, progress=False))
    assert article.keywords.get(lang) == keywords


def test_a_reprints_line_over_the_title_is_apparatus() -> None:
    from pipeline.layout import front

    assert front.kind_of("Reprints and permissions: sagepub.com/journalsPermissions.nav") == "rights"


@pytest.mark.parametrize(
    "paragraph",
    ["a Julius B. Richmond Center of Excellence, American Academy of Pediatrics, Itasca, Illinois; Eudowood Division "
     "of Pediatric Respiratory Sciences, Department of Pediatrics, School of Medicine, Bloomberg School of Public Health, "
     "Johns Hopkins University, Baltimore, Maryland;",
     "a Институт фундаментальных проблем теоретической физики и математики, Москва; Высшая школа химической "
     "технологии, Прага; Институт сильноточной электроники СО РАН, Томск; Национальный исследовательский Томский "
     "государственный университет, Томск, Россия;"],
)
def test_a_long_list_of_affiliations_under_a_letter_mark(paragraph: str) -> None:
    from pipeline.layout import front

    assert front.affiliation(paragraph) is not None


def test_an_institution_cited_with_a_year_in_brackets_is_a_citation() -> None:
    from pipeline.layout import references

    text = "but only 13% of the population (U.S. Department of Health and Human Services, 2012). Despite this"
    assert [text[s:e] for s, e in references.citations(text)] == ["(U.S. Department of Health and Human Services, 2012)"]


def test_a_conference_papers_abstracts_of_one_sentence_in_both_blocks() -> None:
    """A Russian conference paper: an abstract of one sentence over its keywords, and after the
    references the English block (title in capitals, names, an affiliation line ending in a comma, an
    abstract of one sentence, "Key words"), the reference list's last entry broken into lines above it."""
    from helpers import shared_models

    text = ("ИМИТАЦИОННОЕ МОДЕЛИРОВАНИЕ ТАМОЖЕННОГО ТРАНЗИТА\n\nКамнев А.В., Велиева Т.Р.\n\nРоссийский университет дружбы "
            "народов\n\nЦелью данной работы является разбор модели таможенного транзита в симуляторе.\n\n"
            "Ключевые слова: таможенный транзит, имитационное моделирование, очереди.\n\nВведение\n\n"
            "Симулятор является свободным программным обеспечением и применяется в учебных целях для моделирования "
            "очередей на таможенных постах.\n\nВыводы\n\nВ работе представлены результаты моделирования очередей на "
            "таможенных постах в симуляторе.\n\nЛитература\n\n1. Иванов А. А. Таможенный транзит // Вестник. 2019. № 2. "
            "С. 10–18.\n\n2. Torque Resource\n\nManager\n\n—\n\nhttp://www.adaptivecomputing.com/products/open-source/torque/.\n\n"
            "SIMULATION OF CUSTOMS TRANSIT\n\nKamnev A.V., Velieva T.R.\n\nPeoples' Friendship University of Russia,\n\n"
            "The aim of this work is the analysis of a customs transit model in the simulator.\n\n"
            "Key words: customs transit, simulation, queues.")
    article = analyze(text, models=shared_models())
    assert article.abstract == {
        "ru": "Целью данной работы является разбор модели таможенного транзита в симуляторе.",
        "en": "The aim of this work is the analysis of a customs transit model in the simulator."}
    assert article.titles["en"] == "SIMULATION OF CUSTOMS TRANSIT"
    assert "Friendship" not in article.text and "Kamnev" not in article.text
    assert not article.organisations


def test_an_abstract_naming_a_university_under_the_other_languages_title_stays_an_abstract() -> None:
    """The English block's one-sentence abstract names the authors' university: a sentence of prose,
    not the block's affiliation line; the dash and the link above it end the reference list."""
    from helpers import shared_models

    text = ("НАСТРОЙКА ВЫЧИСЛИТЕЛЬНОГО КОМПЛЕКСА ТАМОЖНИ\n\nГеворкян М.Н., Кулябов Д.С.\n\nРоссийский университет дружбы "
            "народов\n\nВ работе представлен отчёт о настройке вычислительного комплекса таможенного поста.\n\n"
            "Ключевые слова: высокопроизводительные вычисления, таможня, кластер.\n\nВведение\n\nКомплекс состоит из "
            "четырёх узлов, соединённых сетью, и обслуживает таможенный пост.\n\nЛитература\n\n1. Иванов А. А. Кластеры "
            "// Вестник. 2019. № 2. С. 10–18.\n\n2. Torque Resource\n\nManager\n\n—\n\n"
            "http://www.adaptivecomputing.com/products/open-source/torque/.\n\nHIGH PERFORMANCE COMPUTING AT CUSTOMS\n\n"
            "Gevorkyan M.N., Kulyabov D.S.\n\nPeoples' Friendship University of Russia, Telecommunication Systems "
            "Department\n\nThis paper presents a report about configuration and utilization of the computing system of "
            "Peoples' Friendship University of Russia.\n\nKey words: high performance computing, customs, cluster.")
    article = analyze(text, models=shared_models())
    assert article.abstract["en"] == ("This paper presents a report about configuration and utilization of the computing "
                                      "system of Peoples' Friendship University of Russia.")


@pytest.mark.parametrize(
    ("text", "lang", "title", "keywords", "gone"),
    [
        # a Russian manuscript's English block at its end: names, their place, the title, the abstract and
        # the keywords, without a catalogue number or a label
        ("Анализ средств планирования траекторий роботов\n\nАннотация. В статье рассмотрены средства планирования "
         "траекторий.\n\nКлючевые слова: роботы, планирование, траектории\n\nВведение\n\n" + BODY_RU * 6 +
         "\n\nK. V. Chayka\n\nSaint Petersburg Electrotechnical University\n\nAnalysis of means for planning the "
         "trajectories of robots\n\nCurrently, autonomous robots are widely used, and the problem of planning their "
         "trajectories is acute. In this paper the tools for planning the trajectories of several robots are "
         "analysed.\n\nAutonomous robots, motion planning, trajectory planning",
         "en", "Analysis of means for planning the trajectories of robots",
         ["Autonomous robots", "motion planning", "trajectory planning"], "Saint Petersburg Electrotechnical"),
        # an English article's Russian block at its end
        ("Analysis of means for planning the trajectories of robots\n\nAbstract. The paper reviews the tools for "
         "planning trajectories.\n\nKeywords: robots, planning, trajectories\n\nIntroduction\n\n" + BODY_EN * 6 +
         "\n\nК. В. Чайка\n\nСанкт-Петербургский государственный электротехнический университет\n\nАнализ средств "
         "планирования траекторий роботов\n\nВ настоящее время автономные роботы получают широкое применение, и "
         "задача планирования их траекторий стоит остро. В статье анализируются средства планирования траекторий "
         "нескольких роботов.\n\nАвтономные роботы, планирование движения, планирование траекторий",
         "ru", "Анализ средств планирования траекторий роботов",
         ["Автономные роботы", "планирование движения", "планирование траекторий"], "электротехнический"),
    ],
)
def test_the_other_languages_block_closing_a_manuscript_without_labels(text: str, lang: str, title: str,
                                                                      keywords: list[str], gone: str) -> None:
    article = _read(text)
    assert article.titles[lang] == title
    assert article.abstract[lang].startswith(("Currently", "В настоящее время"))
    assert article.keywords[lang] == keywords
    assert gone not in article.text


@pytest.mark.parametrize(
    ("label", "funders"),
    [
        ("Funding information", ["Economic and Social Research Council, Grant/Award Number: ES/N016971/1;",
                                 "ESRC Centre for Climate Change", "Economics and Policy, Grant/Award",
                                 "Number: ES/R009708/1; Grantham",
                                 "Research Institute on Climate Change and the Environment; H2020 Environment, Grant/Award Number: 681228"]),
        ("Информация о финансировании", ["Российский научный фонд, грант № 21-42-04407;", "Фонд содействия",
                                         "инновациям, договор № 17/2020"]),
    ],
)
def test_the_bodies_under_a_label_of_funders_leave_the_text(label: str, funders: list[str]) -> None:
    """A sidebar's list of funders under its label, a body or a grant a line (a line broken over two as
    well), is apparatus up to the prose the layout set after it; without the label the lines stay."""
    prose = ("interests at pivotal moments, and showing how each compromise changed the scope for future design "
             "choices." if label[0] == "F" else "и показывая, как каждый компромисс менял выбор решений.")
    texts = ["The body of the article goes on here and ends.", label, *funders, prose]
    dropped: set[int] = set()
    apparatus(texts, 0, dropped, Found())
    assert dropped == set(range(1, len(texts) - 1))


@pytest.mark.parametrize(
    ("heading", "notes"),
    [
        ("ENDNOTES", ["1 Our definition of the political economy of the scheme follows public choice theory.",
                      "2 Interest groups meeting the Commission include the European Cement Association (CEMBUREAU)."]),
        ("Примечания", ["1 Определение политической экономии схемы следует теории общественного выбора.",
                        "2 С Комиссией встречались Европейская ассоциация производителей цемента и другие."]),
    ],
)
def test_endnotes_numbered_without_a_point_leave_the_text_as_notes(heading: str, notes: list[str]) -> None:
    """Notes after the body whose numbers stand bare before their text are the article's endnotes."""
    texts = ["The body of the article goes on here and ends.", heading, *notes]
    dropped: set[int] = set()
    found = Found()
    apparatus(texts, 0, dropped, found)
    assert dropped == {1, 2, 3}
    assert [number for number, _ in found.notes] == [1, 2]


@pytest.mark.parametrize(
    ("label", "keywords", "body"),
    [
        ("KEYWORDS", ["allowance allocation", "carbon pricing", "emissions trading", "EU ETS"], BODY_EN),
        ("КЛЮЧЕВЫЕ СЛОВА", ["таможенный союз", "транзит", "риски"], BODY_RU),
    ],
)
def test_a_label_in_capitals_run_into_its_list_opens_the_keywords(label: str, keywords: list[str], body: str) -> None:
    """The label in capitals and the list in small letters on one line, no colon between them."""
    lang = block_language(body)
    heading = "1 | INTRODUCTION" if lang == "en" else "1. ВВЕДЕНИЕ"
    text = f"Customs exchange\n\n{'Abstract' if lang == 'en' else 'Аннотация'} {body}\n\n{label} {', '.join(keywords)}\n\n{heading}\n\n{body * 6}"
    assert analyze(text, Settings(html=False, progress=False)).keywords == {lang: keywords}


@pytest.mark.parametrize(
    ("head", "keywords", "body"),
    [
        ("Постановка задачи: анализ выдавливаемого пластика. Используемые методы: сравнение на основе экспериментов.",
         ["3д-принтер", "термобарьер", "пластик"], BODY_RU),
        ("Problem statement: the flow of extruded plastic. Methods used: comparison of experiments.",
         ["3D printer", "thermal barrier", "plastic"], BODY_EN),
    ],
)
def test_keywords_run_into_a_paragraph_of_the_head(head: str, keywords: list[str], body: str) -> None:
    """A labelled list the head's paragraph runs on into, no abstract label before it, is the keywords."""
    lang = block_language(body)
    label = "Ключевые слова" if lang == "ru" else "Keywords"
    heading = "Введение" if lang == "ru" else "Introduction"
    text = f"Плотность пластика\n\n{head} {label}: {', '.join(keywords)}.\n\n{heading}\n\n{body * 8}" if lang == "ru" else \
        f"Density of plastic\n\n{head} {label}: {', '.join(keywords)}.\n\n{heading}\n\n{body * 8}"
    assert analyze(text, Settings(html=False, progress=False)).keywords == {lang: keywords}


@pytest.mark.parametrize(("body", "card"), [
    (BODY_EN, "Devorah Kaplan, The Hebrew University of Jerusalem, Mount Scopus, Jerusalem 9190501, Israel."),
    (BODY_RU, "Анна Смирнова, Санкт-Петербургский государственный университет, Университетская наб., д. 7/9, "
              "Санкт-Петербург, 199034."),
])
def test_a_card_between_the_abstract_and_the_keywords_is_no_part_of_the_text(body: str, card: str) -> None:
    """A corresponding author's card set at the foot of the first page comes between the abstract and
    the keywords atop the next page: its address leaves the text, and its university gives no fact."""
    english = body is BODY_EN
    title = "Customs data exchange in the union" if english else "Обмен таможенными данными в союзе"
    abstract = ("Abstract", body) if english else ("Аннотация", body)
    keywords = "Keywords: customs, data" if english else "Ключевые слова: таможня, данные"
    heading = "Introduction" if english else "Введение"
    pages = [f"{title}\n\n{abstract[0]}\n\n{abstract[1]}\n\n{card}", f"{keywords}\n\n{heading}\n\n{body * 4}"]
    article = _read(*_paged(pages))
    assert card[:30] not in article.text
    assert body.strip()[:40] in article.text


@pytest.mark.parametrize(("line", "names"), [
    ("Anna Berg a, Lars Holm b,c,*", ["Anna Berg", "Lars Holm"]),
    ("John Smith a,*, Maria Garcia b", ["John Smith", "Maria Garcia"]),
    ("Василий МОРЖАКОВ –", ["Василий Моржаков"]),
    ("John SMITH —", ["John Smith"]),
])
def test_letters_of_affiliations_and_a_dash_after_the_names_are_no_part_of_them(line: str, names: list[str]) -> None:
    assert [a.name for a in front.authors_of(line) or []] == names


@pytest.mark.parametrize(("title", "byline", "name"), [
    ("ПОСТРОЕНИЕ ТЕМАТИЧЕСКОГО ПРОФИЛЯ ОМСКИХ ИНТЕРНЕТ-СМИ", "О.С. НАГОРНЫЙ", "О.С. Нагорный"),
    ("ТАМОЖЕННОЕ РЕГУЛИРОВАНИЕ В СОЮЗЕ", "А. В. БЕЛЫЙ, Н. П. ДОБРЫЙ", "А. В. Белый"),
])
def test_a_russian_name_in_capitals_with_initials_is_a_name_though_its_surname_is_a_common_word(
        title: str, byline: str, name: str) -> None:
    """«НАГОРНЫЙ», «БЕЛЫЙ» are words the dictionary knows; with initials before them they are surnames."""
    body = ("Таможенные органы государств союза обмениваются сведениями о товарах. Обмен ускоряет выпуск "
            "товаров и снижает издержки участников внешнеэкономической деятельности. ") * 3
    article = _read(f"{title}\n\n{byline}\n\nАннотация. {body}\n\nКлючевые слова: таможня, союз\n\nВведение\n\n{body}")
    assert name in [a.name for a in article.authors]


@pytest.mark.parametrize(("line", "names"), [
    ("G Daniel, G Lissa, D Medina Redondo, L Vásquez, D Zapata",
     ["G Daniel", "G Lissa", "D Medina Redondo", "L Vásquez", "D Zapata"]),
    ("Г Даниэль, Д Медина Редондо, Л Васкес", ["Г Даниэль", "Д Медина Редондо", "Л Васкес"]),
])
def test_initials_without_points_before_two_surnames_make_a_name(line: str, names: list[str]) -> None:
    assert [a.name for a in front.authors_of(line) or []] == names


@pytest.mark.parametrize(
    ("paragraph", "first_authors"),
    [
        ("Retrieved August, 2002. 3. Shojania KG, Grimshaw JM: Evidence-based quality improvement: the state of the "
         "science. Health Aff 2005, 24(1):138–150. 4. Zere E, Moeti M: Equity in health in Malawi. BMC Public Health "
         "2007, 7(1):78. 5. Chen L, et al: Human resources for health. Lancet 2004, 364(9449):1984–1990.",
         [["Shojania KG", "Grimshaw JM"], ["Zere E", "Moeti M"], ["Chen L"]]),
        ("Конец предыдущей записи, 2001. 7. Иванов ИИ, Петров ПП: Таможенное регулирование в ЕАЭС. Вопросы экономики "
         "2015, 3:12–20. 8. Сидоров АА, и др: Цифровая таможня. Экономика 2018, 5:40–52.",
         [["Иванов ИИ", "Петров ПП"], ["Сидоров АА"]]),
    ],
)
def test_vancouver_entries_run_together_are_cut_apart_and_their_authors_read(paragraph: str,
                                                                             first_authors: list[list[str]]) -> None:
    """Medical journals' style: surnames with initials without points, the entries' numbers inside a paragraph
    that opens with the end of the entry before."""
    from pipeline.layout import references

    found = [references.parse(entry) for entry in references.entries([paragraph])]
    assert [r.authors for r in found if r.authors] == first_authors


@pytest.mark.parametrize(("line", "names", "marks"), [
    ("Е. А. АНТИПОВА1), З. А. ТРИФОНОВА2)", ["Е. А. Антипова", "З. А. Трифонова"], [[0], [1]]),
    ("Иван Петров1,2), Анна Сидорова3)", ["Иван Петров", "Анна Сидорова"], [[0, 1], [2]]),
    ("E. A. ANTIPOVA1), Z. A. TRIFONOVA2)", ["E. A. Antipova", "Z. A. Trifonova"], [[0], [1]]),
    ("E. A. ANTIPOVAa, Z. A. TRIFONOVAb", ["E. A. Antipova", "Z. A. Trifonova"], [[], []]),
])
def test_marks_closed_by_a_bracket_or_in_small_letters_after_names_in_capitals_are_no_part_of_them(
        line: str, names: list[str], marks: list[list[int]]) -> None:
    authors = front.authors_of(line) or []
    assert [a.name for a in authors] == names and [a.affiliations for a in authors] == marks


@pytest.mark.parametrize(("title", "byline", "language"), [
    ("РЕГИОНАЛЬНЫЕ РАЗЛИЧИЯ МАСШТАБОВ ТАМОЖЕННОГО ТРАНЗИТА", "Е. А. АНТИПОВА1), З. А. ТРИФОНОВА2)", "ru"),
    ("REGIONAL DIFFERENCES IN CUSTOMS TRANSIT", "E. A. ANTIPOVA1), Z. A. TRIFONOVA2)", "en"),
])
def test_a_byline_in_capitals_with_bracketed_marks_is_not_read_into_the_title(title: str, byline: str,
                                                                                language: str) -> None:
    body = ("Таможенные органы государств союза обмениваются сведениями о товарах. Обмен ускоряет выпуск "
            "товаров и снижает издержки участников внешнеэкономической деятельности. ") * 3 if language == "ru" else \
        ("Customs authorities of the union exchange data on goods. The exchange speeds up release and lowers "
         "the costs of traders. ") * 3
    labels = ("Аннотация", "Ключевые слова: таможня, союз", "Введение") if language == "ru" else \
        ("Abstract", "Keywords: customs, union", "Introduction")
    article = _read(f"{title}\n\n{byline}\n\n{labels[0]}. {body}\n\n{labels[1]}\n\n{labels[2]}\n\n{body}")
    assert article.titles.get(language) == title
    assert len(article.authors) == 2 and article.authors[0].name.endswith(("Антипова", "Antipova"))


@pytest.mark.parametrize("language", ["en", "ru"])
def test_thanks_between_a_lists_heading_and_its_entries_leave_the_text(language: str) -> None:
    """The columns may set a reference list's heading before the body's last paragraphs, then the thanks, then
    the entries: the entries are the list, and the thanks under their heading are no body."""
    if language == "en":
        body = "Customs authorities exchange data on goods. The exchange speeds up release and lowers costs. " * 4
        thanks = ("Acknowledgments", "Previous versions of this paper were circulated at seminars at the University "
                  "of Konstanz and the University of Essex.")
        entries = [f'{s}, {g}. {y}. "Customs and Trade in Region {n}." Journal of Trade {n} (1): 1–20.'
                   for n, (s, g, y) in enumerate([("ALLRED", "KEITH", 2006), ("BOONE", "PETER", 1996),
                                                  ("CHENG", "CHRISTINE", 2013), ("DOYLE", "MICHAEL W.", 2000),
                                                  ("EASTERLY", "WILLIAM", 2003), ("KNACK", "STEPHEN", 2001)], 1)]
        heads = ("Customs data exchange in the union", "Abstract", "Introduction", "References")
    else:
        body = "Таможенные органы обмениваются сведениями о товарах. Обмен ускоряет выпуск и снижает издержки. " * 4
        thanks = ("Благодарности", "Прежние версии статьи обсуждались на семинарах в Университете Констанца и "
                  "Университете Эссекса.")
        entries = [f"{s}, {g}. {y}. «Таможня и торговля в регионе {n}». Вопросы торговли {n} (1): 1–20."
                   for n, (s, g, y) in enumerate([("АЛЛРЕД", "КИТ", 2006), ("БУН", "ПИТЕР", 1996),
                                                  ("ЧЕН", "КРИСТИНА", 2013), ("ДОЙЛ", "МАЙКЛ", 2000),
                                                  ("ИСТЕРЛИ", "УИЛЬЯМ", 2003), ("НАК", "СТИВЕН", 2001)], 1)]
        heads = ("Обмен таможенными данными в союзе", "Аннотация", "Введение", "Литература")
    text = "\n\n".join([heads[0], heads[1], body, heads[2], body, body, heads[3], body, *thanks, *entries])
    article = _read(text)
    assert "Konstanz" not in article.text and "Констанца" not in article.text
    assert len(article.references) == len(entries)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_author_cards_of_a_name_and_its_place_each_give_their_author(language: str) -> None:
    """Cards of a name and the place after it on one line, a name alone over its place, and the place of
    one author on a line over the next author's card."""
    if language == "en":
        lines = ("A Costly Commitment: Customs Populism and the Quality of Bureaucracy",
                 "Luca Bellodi Bocconi University", "Massimo Morelli", "Bocconi University\nMatia Vannoni King's College London")
        abstract = "Abstract: We study the consequences of populism for customs performance and the bureaucracy. " * 3
        names = ["Luca Bellodi", "Massimo Morelli", "Matia Vannoni"]
    else:
        lines = ("Дорогое обязательство: популизм и качество таможенной бюрократии",
                 "Иван Петров Московский государственный университет", "Анна Смирнова",
                 "Московский государственный университет\nОлег Козлов Санкт-Петербургский государственный университет")
        abstract = "Аннотация: Мы изучаем, как популизм влияет на работу таможни и качество бюрократии. " * 3
        names = ["Иван Петров", "Анна Смирнова", "Олег Козлов"]
    article = _read("\n\n".join([*lines, abstract, abstract]))
    assert [a.name for a in article.authors] == names
    assert len(article.affiliations) == 2


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_line_of_contents_is_no_label(language: str) -> None:
    if language == "en":
        title, contents = "BACI: International Trade Database at the Product Level", "TABLE OF CONTENTS"
        lines = ["Abstract . . . . . . . . . . . . . . . . 4", "Keywords . . . . . . . . . . . . . . . 4",
                 "1. Introduction . . . . . . . . . . . . . 7"]
        label, abstract = "ABSTRACT", "This paper documents the construction of a trade database that covers 200 countries. "
        tail = ["1. Introduction", "Trade flows reported by customs authorities differ between partners. " * 4]
    else:
        title, contents = "БАЗА ДАННЫХ О ВНЕШНЕЙ ТОРГОВЛЕ НА УРОВНЕ ТОВАРОВ", "СОДЕРЖАНИЕ"
        lines = ["Аннотация . . . . . . . . . . . . . . . . 4", "Ключевые слова . . . . . . . . . . . 4",
                 "1. Введение . . . . . . . . . . . . . . . 7"]
        label, abstract = "АННОТАЦИЯ", "В работе описано построение базы данных о торговле двухсот стран. "
        tail = ["1. Введение", "Потоки торговли, о которых сообщают таможенные органы партнёров, расходятся. " * 4]
    article = _read("\n\n".join([title, contents, *lines, label, abstract * 3, *tail]))
    assert article.abstract.get(language, "").startswith(abstract[:20]), article.abstract


@pytest.mark.parametrize(("line", "title", "byline", "label"), [
    ("American Economic Journal: Economic Policy 3 (February 2011): 91–128", "Calorie Posting in Chain Restaurants",
     "By Bryan Bollinger, Phillip Leslie, and Alan Sorensen", "Abstract"),
    ("Вопросы экономики 5 (май 2021): 5–27", "Таможенное администрирование в союзе",
     "Иван Петров, Анна Сидорова", "Аннотация"),
])
def test_a_journals_volume_date_and_pages_over_the_title_are_no_title(line: str, title: str, byline: str,
                                                                       label: str) -> None:
    body = ("Customs administrations share data on goods and traders. The exchange speeds up release and lowers "
            "the costs of traders. " if label == "Abstract" else
            "Таможенные органы обмениваются сведениями о товарах. Обмен ускоряет выпуск товаров и снижает "
            "издержки участников. ") * 3
    article = _read(f"{line}\n\n{title}\n\n{byline}\n\n{label}. {body}\n\n{body}")
    assert list(article.titles.values()) == [title]


@pytest.mark.parametrize("english", [True, False])
def test_a_note_on_the_author_closed_by_an_e_mail_is_no_part_of_the_abstract_it_runs_into(english: bool) -> None:
    """The other language's block after the front matter: catalogue number, title, a note on the author closed
    by an e-mail and run into the unlabelled abstract, keywords."""
    note = {True: "Darina V. Shamsutdinova, Tambov State University, Tambov, Russia, postgraduate student, "
                  "e-mail: d.sham@list.ru",
            False: "Дарина В. Шамсутдинова, Тамбовский государственный университет, г. Тамбов, соискатель, "
                   "e-mail: d.sham@list.ru"}
    abstract = {True: "The article defines deviant behaviour and determines its social and psychological premises. The "
                      "special attention is given to the technologies used in children's health camps and to the "
                      "conditions they create for the socialisation of teenagers. The author describes the forms of "
                      "leisure that prevent deviant behaviour and the role of the teacher in them.",
                False: "В статье дается определение девиантному поведению и выявляются его социальные и "
                       "психологические предпосылки. Особое внимание обращается на технологии детских лагерей и на "
                       "условия, которые они создают для социализации подростков. Автор описывает формы досуга, "
                       "которые предупреждают девиантное поведение, и роль педагога в них."}
    own, other = (False, True) if english else (True, False)
    blocks = {True: ("UDC 379.8", "PREVENTION OF DEVIANT BEHAVIOUR", "Key words: prevention; correction"),
              False: ("УДК 379.8", "ПРОФИЛАКТИКА ДЕВИАНТНОГО ПОВЕДЕНИЯ", "Ключевые слова: профилактика; коррекция")}
    body = ("Customs administrations share data on goods. The exchange speeds up release. " if own else
            "Таможенные органы обмениваются сведениями о товарах. Обмен ускоряет выпуск товаров. ") * 4
    udc, title, keywords = blocks[own]
    label = "Abstract." if own else "Аннотация."
    o_udc, o_title, o_keywords = blocks[other]
    article = _read(f"{udc}\n\n{title}\n\n{'Ivan Petrov' if own else 'Иван Петров'}\n\n{label} {abstract[own]}\n\n"
                    f"{keywords}\n\n{o_udc}\n\n{o_title}\n\n{note[other]} {abstract[other]}\n\n{o_keywords}\n\n"
                    f"{body}\n\n{body}")
    assert article.abstract.get("en" if other else "ru") == abstract[other]
    place = "Tambov State University" if other else "Тамбовский государственный университет"
    assert place in article.text and place not in article.content  # its names and places are no facts


_PTA_BODY = {"en": ("Preferential trade agreements give preference to the members that sign them. They lower tariffs "
                    "between the parties and leave the tariffs on others as they were. ") * 3,
             "ru": ("Преференциальные торговые соглашения дают преимущества подписавшим их членам. Они снижают "
                    "пошлины между сторонами и оставляют прежними пошлины для остальных. ") * 3}


@pytest.mark.parametrize(("language", "title", "by", "name", "label", "keywords"), [
    ("en", "Preferential Trade Agreements: Benefits or Determinants?", "by", "Khuloos Aziz Chawla", "Keywords:",
     ["PTA – Preferential Trade Agreement", "FTA – Free Trade Agreement", "WTO – World Trade Organization"]),
    ("ru", "Преференциальные торговые соглашения: выгоды или детерминанты?", "Автор:", "Иван Петрович Сидоров",
     "Ключевые слова:", ["ПТС – преференциальное торговое соглашение", "ЗСТ – зона свободной торговли",
                         "ВТО – Всемирная торговая организация"]),
])
def test_a_byline_word_alone_and_keywords_numbered_a_line_each(language: str, title: str, by: str, name: str,
                                                               label: str, keywords: list[str]) -> None:
    listed = "\n\n".join(f"{n}. {k}" for n, k in enumerate(keywords, 1))
    heading = "Introduction" if language == "en" else "Введение"
    abstract = "ABSTRACT" if language == "en" else "АННОТАЦИЯ"
    body = _PTA_BODY[language]
    article = _read(f"{title}\n\n{by}\n\n{name}\n\n{abstract}\n\n{body}\n\n{label}\n\n{listed}\n\n{heading}\n\n{body}")
    assert [a.name for a in article.authors] == [name]
    assert article.keywords.get(language) == keywords
    assert f"\n{by}\n" not in f"\n{article.text}\n"


@pytest.mark.parametrize(("line", "language", "keywords"), [
    ("Keywords: - Anti-dumping, Anti-dumping agreement, WTO etc.", "en", ["Anti-dumping", "Anti-dumping agreement", "WTO"]),
    ("Ключевые слова: - антидемпинг, антидемпинговое соглашение, ВТО и др.", "ru",
     ["антидемпинг", "антидемпинговое соглашение", "ВТО"]),
])
def test_a_dash_before_the_first_keyword_and_etc_after_the_last_are_no_keywords(line: str, language: str,
                                                                                keywords: list[str]) -> None:
    title = "Impact of Dumping and Health Care" if language == "en" else "Демпинг и здравоохранение"
    body = _PTA_BODY[language]
    article = _read(f"{title}\n\n{'Abstract' if language == 'en' else 'Аннотация'}. {body}\n\n{line}\n\n{body}")
    assert article.keywords.get(language) == keywords


@pytest.mark.parametrize(("line", "names"), [
    ("Max Gutbrod, Steffen Hindelang & Yun-I Kim*", ["Max Gutbrod", "Steffen Hindelang", "Yun-I Kim"]),
    ("Макс Гутброд, Штеффен Хинделанг и Юн-И Ким*", ["Макс Гутброд", "Штеффен Хинделанг", "Юн-И Ким"]),
])
def test_a_romanised_given_name_whose_second_syllable_is_one_capital(line: str, names: list[str]) -> None:
    assert [a.name for a in front.authors_of(line) or []] == names


@pytest.mark.parametrize(("line", "names"), [
    ("\u0410. Sokolov, S. Shashnov, M. Kotsemir", ["A. Sokolov", "S. Shashnov", "M. Kotsemir"]),  # a Cyrillic «А»
    ("A. В. Иванов, П. П. Петров", ["А. В. Иванов", "П. П. Петров"]),  # a Latin "A"
])
def test_a_letter_of_the_other_script_in_a_name_is_its_twin(line: str, names: list[str]) -> None:
    assert [a.name for a in front.authors_of(line) or []] == names


@pytest.mark.parametrize("paragraph", [
    "Ukrainian lawmakers traveled to Brussels this week to plead for a trade solution. | Metin Aktas/Anadolu Agency "
    "via Getty Images",
    "Украинские депутаты приехали в Брюссель просить о торговом решении. | Фото: Метин Актас/Агентство Анадолу",
])
def test_a_captions_sentence_and_its_credit_after_a_bar_is_no_affiliation(paragraph: str) -> None:
    assert front.affiliation(paragraph) is None
