"""Repair of extracted text: hyphenation, broken lines, running headers, page numbers, odd characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import shared_models

from pipeline.context import Context
from pipeline.ingest import Document, load, load_string
from pipeline.ingest.repair import clean, dehyphenate, join, normalise, strip_running, tabular
from pipeline.nlp.morph import Morph
from pipeline.record import Article, Source
from pipeline.settings import Settings


def _clean(document: Document) -> Article:
    article = Article(source=Source(path=document.path, name="x", sha256="0" * 64, format=document.format))
    return clean(article, Context(shared_models(), document=document))


def _pdf(pages: list[str]) -> Document:
    return Document(path="x.pdf", data=b"", format="pdf", pages=pages, page_count=len(pages))


@pytest.mark.parametrize(
    ("head", "tail", "expected"),
    [
        ("интегра", "ции", True),
        ("ис", "следованиях", True),
        ("Ре", "зультаты", True),
        ("implementa", "tion", True),
        ("научно", "технического", False),
        ("социально", "экономических", False),
        ("нормативно", "правовых", False),
        ("Санкт", "Петербург", False),
        ("Open", "Domain", False),
        # a short head that is a word by chance before a tail that is none: a rare word broken early
        ("То", "пэнергобизнес", True),
        ("ал", "килированные", True),
        # a compound whose second part no dictionary knows keeps its hyphen after a whole word
        ("продукте", "гидрогенизате", False),
        ("Во", "первых", False),
        # a word in capitals does not go on in small letters: a dash set close, or a compound
        ("МОРЖАКОВ", "ген", False),
        ("ЕАЭС", "страны", False),
        ("SMITH", "professor", False),
    ],
)
def test_dehyphenate(morph: Morph, head: str, tail: str, expected: bool) -> None:
    assert dehyphenate(head, tail, morph) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("развития евразийской экономической интегра-", "ции, далее приведшей",
         "развития евразийской экономической интеграции, далее приведшей"),
        ("достижений научно-", "технического прогресса", "достижений научно-технического прогресса"),
        ("предварительное моделирование бизнес –", "процессов для их", "предварительное моделирование бизнес – процессов для их"),
        ("see http://ukodeksrf.ru/uk-rf-", "glava-1", "see http://ukodeksrf.ru/uk-rf-glava-1"),
        ("international customs", "cooperation in the", "international customs cooperation in the"),
        # a name and its number broken at the hyphen keep both, without a space
        ("реакторы типа ВВЭР-", "1000 и КЛТ-40", "реакторы типа ВВЭР-1000 и КЛТ-40"),
        ("during the COVID-", "19 pandemic", "during the COVID-19 pandemic"),
        # a compound broken inside its last part loses that hyphen only (the dictionary knows the part)
        ("охлаждаемыми свинцово-вис-", "мутовой эвтектикой", "охлаждаемыми свинцово-висмутовой эвтектикой"),
        ("предварительное бизнес-про-", "цессов", "предварительное бизнес-процессов"),
        # a chain of words with hyphens broken at one of them keeps it
        ("a difference-", "in-differences design", "a difference-in-differences design"),
        ("a state-", "of-the-art method", "a state-of-the-art method"),
        ("a dif-", "ference-in-differences design", "a difference-in-differences design"),
        ("расходы из-", "за-рубежа", "расходы из-за-рубежа"),
        # a range broken after its dash
        ("in the period 2007–", "2021 trade grew", "in the period 2007–2021 trade grew"),
        ("в 2015—", "2020 гг. оборот вырос", "в 2015—2020 гг. оборот вырос"),
        # a surname in capitals and a dash set close to it before the author's post on the next line
        ("Василий МОРЖАКОВ-", "ген. директор ООО «Динамика»", "Василий МОРЖАКОВ-ген. директор ООО «Динамика»"),
    ],
)
def test_join_lines(morph: Morph, first: str, second: str, expected: str) -> None:
    assert join(first, second, morph) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("57,6\u00a0млрд.\u2009долларов", "57,6 млрд. долларов"),
        ("каче\ufffeстве десятичного", "каче-\nстве десятичного"),
        ("инфор\u00ad\nмация", "информация"),
        ("\u201csingle window\u201d and \u2018green corridor\u2019", "\"single window\" and 'green corridor'"),
        ("«зелёного коридора» — 2022\u20112024", "«зелёного коридора» — 2022-2024"),
        ("line\r\nnext\x0c", "line\nnext\n"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_running_header_footer_and_page_numbers_are_dropped() -> None:
    body = [
        "Сегодня сотрудничество Российской Федерации со странами",
        "Международное таможенное сотрудничество – это вид",
        "Бесперебойное сотрудничество стран – участниц СНГ позволило",
        "Евразийский экономический союз – это созданное в",
    ]
    pages = [
        [f"{n + 40} Вестник таможенной академии", body[n], "Таможенное дело № 3, 2024", str(n + 1)]
        for n in range(4)
    ]
    assert strip_running(pages) == [[line] for line in body]


@pytest.mark.parametrize("title", ["Apparent and average accelerations of the Universe",
                                   "Таможенное сотрудничество в рамках ЕАЭС"])
def test_the_title_repeated_over_every_page_stays_on_the_first(title: str) -> None:
    pages = [["Journal of Customs", title, "Ivan Petrov", "Abstract text of the article."]]
    pages += [[title, f"Body text of page {n}.", "More body text.", "The end of the page.", str(n)] for n in range(2, 6)]
    kept = strip_running(pages, title)
    assert kept[0][1] == title and all(title not in page for page in kept[1:])
    assert title not in strip_running(pages)[0]


@pytest.mark.parametrize(("title", "author"), [("Ukraine’s Orange Revolution, NGOs and the Role of the West", "Andrew Wilson"),
                                              ("Таможенное сотрудничество в рамках ЕАЭС", "Иван Петрович Сидоров")])
def test_the_authors_under_the_title_stay_though_they_run_over_every_other_page(title: str, author: str) -> None:
    """After a publisher's cover sheet the title stands on the second page, its author's name under it,
    and the journal repeats the name over every other page: there it goes, under the title it stays
    (the title the layout read may print its apostrophe otherwise than the text)."""
    pages = [["This article was downloaded by: a library", title, author, "To cite this article: ..."],
             [normalise(title), author, "SSEES, University College London", "Abstract This article examines."]]
    pages += [[author if n % 2 else "Cambridge Review of International Affairs", f"Body text of page {n}.",
               "More body text.", "The end of the page.", str(n)] for n in range(3, 9)]
    kept = strip_running(pages, normalise(title))
    assert kept[1][:2] == [normalise(title), author]
    assert all(author not in page for page in kept[2:])


def test_lines_repeated_only_inside_pages_are_kept() -> None:
    pages = [["Заголовок раздела", "Таможенный союз", f"текст страницы {n}", "ещё текст", "и ещё", "конец"]
             for n in range(3)]
    pages[1][1] = "Другое"
    kept = strip_running(pages)
    assert all("конец" not in p for p in kept)
    assert any("Таможенный союз" in p for p in kept)


SNIPPET = (
    " Аннотация. В условиях усиливающейся интернационализации мирового \n\n"
    "хозяйства, которая имеет глобальные масштабы, международное таможенное \n\n"
    "сотрудничество представляет собой важнейший способ реализации \n\n"
    "государствами своих национальных интересов.  \n"
    " Annotation  In the context of the increasing internationalization of the world \n\n"
    "economy, which has a global scale, international customs cooperation is the most \n\n"
    "important way for states to realize their national interests. \n"
    "Евразийский экономический союз (далее - ЕАЭС) – это созданное в \n\n"
    "соответствии с Договором о ЕАЭС (2014г.), международное объединение, \n\n"
    "целью которого является усовершенствование и поддержание \n\n"
    "конкурентоспособности экономик государств – членов. \n\n"
    "работа по следующим направлениям: \n\n"
    "- улучшение таможенного законодательства на основе международных \n\n"
    "стандартов; \n\n"
    "- развитие таможенной инфраструктуры. \n\n"
)


def test_paragraphs_come_out_whole() -> None:
    text = _clean(load_string(SNIPPET)).text
    assert text.split("\n\n") == [
        "Аннотация. В условиях усиливающейся интернационализации мирового хозяйства, которая имеет глобальные "
        "масштабы, международное таможенное сотрудничество представляет собой важнейший способ реализации "
        "государствами своих национальных интересов.",
        "Annotation In the context of the increasing internationalization of the world economy, which has a "
        "global scale, international customs cooperation is the most important way for states to realize "
        "their national interests.",
        "Евразийский экономический союз (далее - ЕАЭС) – это созданное в соответствии с Договором о ЕАЭС "
        "(2014г.), международное объединение, целью которого является усовершенствование и поддержание "
        "конкурентоспособности экономик государств – членов. работа по следующим направлениям:",
        "- улучшение таможенного законодательства на основе международных стандартов;",
        "- развитие таможенной инфраструктуры.",
    ]


def test_one_paragraph_a_line_is_kept_as_it_is() -> None:
    lines = [
        "The Eurasian Economic Community was an economic organisation of former Soviet republics, set up in "
        "2000 and dissolved in 2014 when the Eurasian Economic Union took over its functions.",
        "Its customs union of Belarus, Kazakhstan and Russia came into being on 1 January 2010, with a "
        "common external tariff and a single Customs Code.",
        "Members",
        "The member states pledged to create a common market for goods, services, capital and labour.",
    ]
    assert _clean(load_string("\n".join(lines))).text.split("\n\n") == lines


def test_page_starts_and_paragraph_across_pages() -> None:
    document = _pdf([
        "Вестник\nЕвразийский экономический союз – это созданное в соответствии с Договором\nо ЕАЭС, "
        "международное объединение, целью которого является усовершенствование\nи поддержание конку-\n1",
        "Вестник\nрентоспособности экономик государств – членов.\nРазвитие евразийской интеграции строилось по\n"
        "классической схеме.\n2",
        "Вестник\nТаможенные службы имеют возможность создать единую систему контроля.\n3",
    ])
    article = _clean(document)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].endswith("и поддержание конкурентоспособности экономик государств – членов.")
    assert "Вестник" not in article.text and "\n2" not in article.text
    assert len(article.page_starts) == 3
    assert article.text[article.page_starts[1]:].startswith("рентоспособности")
    assert article.text[article.page_starts[2]:].startswith("Таможенные службы")


def test_sample_pdf_cleans_to_the_same_text_as_its_source(corpora: Path) -> None:
    from_txt = _clean(load(corpora / "eaeu_customs_cooperation.txt", Settings())).text
    from_pdf = _clean(load(corpora / "eaeu_customs_cooperation.pdf", Settings()))
    assert "сборник статей" not in from_pdf.text
    same = set(from_txt.split("\n\n")) & set(from_pdf.text.split("\n\n"))
    assert len(same) >= 0.9 * len(from_txt.split("\n\n"))
    assert from_pdf.page_starts[0] == 0 and from_pdf.page_starts == sorted(from_pdf.page_starts)


def test_sample_pdf_table_sits_after_its_caption(corpora: Path) -> None:
    article = _clean(load(corpora / "russia_belarus_customs.pdf", Settings()))
    [table] = article.tables
    assert table.id == "tbl-1" and table.start is not None
    before = article.text[: table.start].rstrip()
    assert before.endswith("Таблица 1. - Товарооборот России и Беларуси в 2022-2024гг. [4]")
    assert article.text[table.start:].startswith("По итогам 2024 года")
    assert "\ufffc" not in article.text


def test_list_items_each_start_a_block(corpora: Path) -> None:
    text = _clean(load(corpora / "russia_belarus_customs.txt", Settings())).text
    blocks = text.split("\n\n")
    assert "― совместный таможенный контроль;" in blocks
    assert sum(b.startswith("― ") for b in blocks) == 6
    assert sum(b[:2] in ("1.", "2.", "3.", "4.") for b in blocks) == 8
    assert all("\n" not in b and b == b.strip() and "  " not in b for b in blocks)


def test_thesis_keeps_compounds_and_mends_hyphenation(shared_pdf: Path) -> None:
    text = _clean(load(shared_pdf / "ru_thesis_investment_attractiveness_55p.pdf", Settings())).text
    assert "научно-технического" in text and "социально-экономических" in text
    assert "научнотехническ" not in text and "социальноэкономическ" not in text
    assert "(cid:" not in text


def test_latex_soft_hyphens_are_mended(shared_pdf: Path) -> None:
    text = _clean(load(shared_pdf / "ru_latex_dissertation_template_43p.pdf", Settings())).text
    assert "воспринимает в качестве десятичного разделителя" in text
    assert "\ufffe" not in text


def test_running_header_with_page_number_is_dropped(shared_pdf: Path) -> None:
    article = _clean(load(shared_pdf / "en_federal_register_3col_15p.pdf", Settings()))
    assert article.text.count("Federal Register / Vol. 85") == 0
    assert article.text.count("Federal Register/Vol. 85, No. 152/Thursday") == 0
    assert "Airworthiness Directives; The Boeing Company Airplanes" in article.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Товарооборот 43,4 53,1 57,6 132,7 108,5", True),
        ("Import 22 30.5 33.1 150 108.5", True),
        ("03 October 2014", False),
        ("сравнению с 2023 годом и на целых 14,5% по сравнению с 2022 годом", False),
        ("Article 5 of the Convention of 15 December 1950", False),
        # a sentence with numbers written in groups of thousands or a code is no table's line
        ("Штраф 500 000 тенге и 20 000 сомов.", False),
        ("Fines of 500 000 tenge and 20 000 som were paid.", False),
        ("Код ТН ВЭД 8703 23 908 9 облагается пошлиной 15%.", False),
        ("Exports 2019 2020 2021 12 13 14.", True),
    ],
)
def test_tabular_lines(line: str, expected: bool) -> None:
    assert tabular(line) is expected


def test_markdown_headings_and_emphasis(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "# Таможенное сотрудничество ЕАЭС\n\n"
        "Евразийский экономический союз **создан** в соответствии с Договором\n"
        "о ЕАЭС, подписанным в 2014 году.\n\n"
        "## Направления\n\n"
        "- цифровизация таможенных процедур;\n"
        "- управление рисками.\n",
        encoding="utf-8",
    )
    assert _clean(load(path, Settings())).text.split("\n\n") == [
        "Таможенное сотрудничество ЕАЭС",
        "Евразийский экономический союз создан в соответствии с Договором о ЕАЭС, подписанным в 2014 году.",
        "Направления",
        "- цифровизация таможенных процедур;",
        "- управление рисками.",
    ]


def test_scanned_pdf_leaves_an_empty_text_and_a_warning(shared_pdf: Path) -> None:
    article = _clean(load(shared_pdf / "hostile_scanned_ru_image_only_4p.pdf", Settings(ocr="off")))
    assert article.text == "" and article.page_starts == [0, 0, 0, 0]
    assert article.warnings == ["no text could be extracted (the document may need OCR)"]


def test_joining_a_long_paragraph_looks_only_at_the_last_word() -> None:
    """A paragraph of thousands of lines is joined, and a word hyphenated at its very end still mended."""
    lines = [f"строка номер {i} без переноса" for i in range(3000)] + ["конец пере-", "носа здесь."]
    text = lines[0]
    for line in lines[1:]:
        text = join(text, line)
    assert text.endswith("конец переноса здесь.")
    assert text.count("строка номер") == 3000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Это **важно** и __очень__ важно.", "Это важно и очень важно."),
        ("This is **important** and __very__ much so.", "This is important and very much so."),
        ("**a " * 3, "**a " * 3),  # never closed: left as written
    ],
)
def test_markdown_emphasis_closes_within_its_line(text: str, expected: str) -> None:
    from pipeline.ingest.repair import _unmark

    assert _unmark(text) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("В работе рассмотрены научно&исследовательские институты и необ&\nходимость создания реакторов типа "
         "КЛТ&40 и РИТМ&200М.\nТопливо хранится в приреак&\nторных хранилищах, охлаж&\nдаемых водой, а цен&\n"
         "тры атомного машиностроения далеко; кон&\nструкции сложны.",
         ["научно-исследовательские", "необходимость", "КЛТ-40", "РИТМ-200М", "приреакторных", "охлаждаемых"]),
        ("Research and develop&\nment of small reactors needs long-term fund&\ning; the in&\nstitutes of the "
         "Arctic re&\ngion and their part&\nners use KLT&40 units.",
         ["development", "funding", "institutes", "region", "partners", "KLT-40"]),
    ],
)
def test_a_glyph_the_font_gives_for_its_hyphen_is_a_hyphen(page: str, expected: list[str]) -> None:
    article = _clean(_pdf([page]))
    assert "&" not in article.text
    assert all(word in article.text for word in expected)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Атомная энергетика – одна из немногих отраслей оте$\nчественной экономики, которая повышала свою конкурен$\n"
         "тоспособность на международ$\nном рынке; после аварии на АЭС «Фукусима$1» интерес к ней упал, а для "
         "дальнейшего успеш$\nного развития нужен какой$то имидж, ведь инфор$\nмация о ней скудна.",
         ["отечественной", "конкурентоспособность", "международном", "«Фукусима-1»", "успешного", "какой-то",
          "информация"]),
        ("Nuclear power is one of the few indus$\ntries that raised its competi$\ntiveness on the inter$\nnational "
         "market; after the Fukushima$1 accident the inter$\nest fell, and further develop$\nment needs a pub$\nlic image.",
         ["industries", "competitiveness", "international", "Fukushima-1", "interest", "development", "public"]),
        ("Знания ГНЦ РФ%ФЭИ хранятся у сотрудни%\nков; эпохе главной ценно%\nстью становятся уникальные зна%\nния, "
         "а компании позволя%\nют им расти и делиться инфор%\nмацией о 25% работ.",
         ["ГНЦ РФ-ФЭИ", "сотрудников", "ценностью", "знания", "позволяют", "информацией", "25% работ"]),
    ],
)
def test_a_dollar_sign_the_font_gives_for_its_hyphen_is_a_hyphen(page: str, expected: list[str]) -> None:
    article = _clean(_pdf([page]))
    assert "$" not in article.text
    assert all(word in article.text for word in expected)


def test_dollars_among_hyphens_stay() -> None:
    page = "Exports rose to US$ 5 billion and imports to $3 billion.\nThe cross-\nborder trade costs $2 a ton.\n" * 3
    article = _clean(_pdf([page]))
    assert "US$ 5" in article.text and "$3 billion" in article.text and "crossborder" not in article.text


def test_an_ampersand_among_hyphens_stays() -> None:
    page = "Procter & Gamble and AT&T sell goods.\nR&D is long-term and cross-\nborder; S&P rates it.\n" * 3
    article = _clean(_pdf([page]))
    assert "AT&T" in article.text and "R&D" in article.text and "S&P" in article.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter of the other alphabet that looks the same, inside a word of this one
        ("Ключевые cлова: рефлектометр, Иpкутск", "Ключевые слова: рефлектометр, Иркутск"),
        # an accent TeX set as a glyph of its own, after its vowel or before it; an apostrophe stays
        ("Iva´n Werning, Andre´s Rodr´ıguez-Clare and Mu¨ller, Sch¨utze can´t", "Iván Werning, Andrés "
         "Rodríguez-Clare and Müller, Schütze can´t"),
        ("Авторы благодарят Жозе´ Гарсиа и Ю¨рген Мюллера, но Гёте´ы пишем как есть",
         "Авторы благодарят Жозе´ Гарсиа и Ю¨рген Мюллера, но Гёте´ы пишем как есть"),
        ("K\u0435ywords: customs, tariffs", "Keywords: customs, tariffs"),
        # a word typed wholly in Cyrillic lookalikes before an English one (a Russian journal's English block)
        ("\u041a\u0435\u0443 words: operator method", "Key words: operator method"),
        ("Оборудование Cisco и СМР system", "Оборудование Cisco и СМР system"),
        # symbols and words that mix alphabets on purpose stay
        ("Pu239, ВВЭР-1000, Yвх, Rвх, taxes", "Pu239, ВВЭР-1000, Yвх, Rвх, taxes"),
    ],
)
def test_a_lookalike_letter_of_the_other_alphabet_inside_a_word(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "keywords"),
    [
        ("Таможенный риск\n\nАннотация. Риск моделируется в портах.\n\nКлючевые cлова: риск, таможня, порты\n\n"
         "Введение\n\nРиск растёт в портах и на границах Союза, как показывают данные за десять лет.", "ru",
         ["риск", "таможня", "порты"]),
        ("Customs risk\n\nAbstract. Risk is modelled in the ports.\n\nK\u0435ywords: risk, customs, ports\n\n"
         "Introduction\n\nRisk grows in the ports and at the borders of the Union, as the data of ten years show.",
         "en", ["risk", "customs", "ports"]),
    ],
)
def test_a_label_typed_with_a_lookalike_letter_is_read(text: str, lang: str, keywords: list[str]) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).keywords[lang] == keywords


@pytest.mark.parametrize(("page", "joined"), [
    ("Ранние версии статьи были представлены на конференции в Гар-\n\nвардском университете в 2008 году, а затем "
     "обсуждались на семинаре.\n\nВторой абзац статьи начинается здесь и идёт дальше.", "в Гарвардском университете"),
    ("Early versions of the paper were presented at a conference at Har-\n\nvard University in 2008 and then "
     "discussed at a seminar.\n\nThe second paragraph of the article starts here and goes on.", "at Harvard University"),
    # a line full of figures looks like a table's row: it still goes on with its broken word
    ("Область занимает 316,9 тыс. км2 (2% площади РФ, 50% Фран-\nции, 88% Японии, 88% Германии, 130% Великобритании)."
     "\n\nВторой абзац статьи начинается здесь и идёт дальше.", "50% Франции, 88%"),
    ("The region covers 316.9 thousand km2 (2% of Russia, 50% of Fran-\nce, 88% Japan, 88% Germany, 130% Britain)."
     "\n\nThe second paragraph of the article starts here and goes on.", "50% of France, 88%"),
])
def test_a_word_broken_at_a_lines_end_is_joined_across_a_gap_the_layout_set(page: str, joined: str) -> None:
    """The layout may open a gap right after a line that ends in a broken word (a change of type, a
    note's end): a next line in small letters still goes on with the word."""
    text = _clean(_pdf([page])).text
    assert joined in text and text.count("\n\n") == 1


@pytest.mark.parametrize(("page", "joined", "label"), [
    ("Ключевые слова: уравнения Максвелла; симплектическое многообра-\n\nТЕОРЕТИЧЕСКАЯ\n\nИ ЭКСПЕРИМЕНТАЛЬНАЯ ФИЗИКА"
     "\n\nзие; гамильтонов формализм.\n\nПервый абзац статьи начинается здесь и идёт дальше.",
     "симплектическое многообразие; гамильтонов формализм", "ТЕОРЕТИЧЕСКАЯ"),
    ("Keywords: Maxwell equations; symplectic mani-\n\nTHEORETICAL\n\nAND EXPERIMENTAL PHYSICS\n\nfold; Hamiltonian "
     "formalism.\n\nThe first paragraph of the article starts here and goes on.",
     "symplectic manifold; Hamiltonian formalism", "THEORETICAL"),
])
def test_a_label_in_capitals_set_inside_a_broken_word_is_read_after_its_line(page: str, joined: str,
                                                                            label: str) -> None:
    """A journal's section head in the margin set level with the line after a broken word: the word goes on
    under it, and the head is read after the line."""
    text = _clean(_pdf([page])).text
    assert joined in text and text.index(label) > text.index(joined)


@pytest.mark.parametrize(
    ("lines", "first"),
    [
        (["Транзит товаров через таможенную территорию союза . . . . . 8",
          "Сведения об авторах . . . . . . . . . . . . . . . . . . . . . . . 149"], "МИГРАЦИИ МОЛОДЕЖИ В РОССИИ"),
        (["The transit of goods through the customs territory . . . . . 8",
          "Information about the authors . . . . . . . . . . . . . . . . . 149"], "YOUTH MIGRATION IN RUSSIA"),
    ],
)
def test_a_line_of_contents_ends_its_paragraph(lines: list[str], first: str) -> None:
    document = _pdf(["\n".join(["Вестник", *lines, "4"]), f"Вестник\n{first}\nТекст статьи начинается здесь и идёт дальше.\n5"])
    paragraphs = _clean(document).text.split("\n\n")
    assert all(line in paragraphs for line in lines) and any(p.startswith(first) for p in paragraphs)


@pytest.mark.parametrize(
    ("first", "second", "capitals", "joined"),
    [
        # a word in capitals broken at a line's end, which the document writes whole elsewhere
        ("доклад МАГА-", "ТЭ поддержали", frozenset({"МАГАТЭ"}), "доклад МАГАТЭ поддержали"),
        ("the report of UNES-", "CO was read", frozenset({"UNESCO"}), "the report of UNESCO was read"),
        # a compound of capitals the document never writes whole keeps its hyphen
        ("агентство ИТАР-", "ТАСС сообщило", frozenset({"МАГАТЭ"}), "агентство ИТАР-ТАСС сообщило"),
        ("the Austro-", "HUNGARIAN border", frozenset({"UNESCO"}), "the Austro-HUNGARIAN border"),
    ],
)
def test_a_word_in_capitals_broken_at_a_line_end(first: str, second: str, capitals: frozenset[str],
                                                 joined: str) -> None:
    assert join(first, second, None, capitals) == joined


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # a title in capitals broken inside a word the dictionary knows, or the text writes in small letters
        ("СИСТЕМА УПОЛНОМОЧЕННО-", "ГО ЭКОНОМИЧЕСКОГО ОПЕРАТОРА", "СИСТЕМА УПОЛНОМОЧЕННОГО ЭКОНОМИЧЕСКОГО ОПЕРАТОРА"),
        ("MUTUAL RECOGNITION OF CUS-", "TOMS CONTROLS", "MUTUAL RECOGNITION OF CUSTOMS CONTROLS"),
        # a compound keeps its hyphen
        ("СОТРУДНИЧЕСТВО ИТАР-", "ТАСС И РИА", "СОТРУДНИЧЕСТВО ИТАР-ТАСС И РИА"),
        ("РОССИЙСКО-", "КИТАЙСКОЕ СОТРУДНИЧЕСТВО", "РОССИЙСКО-КИТАЙСКОЕ СОТРУДНИЧЕСТВО"),
    ],
)
def test_a_word_in_capitals_broken_at_a_line_end_that_the_dictionary_or_text_knows(first: str, second: str,
                                                                                  joined: str) -> None:
    from pipeline.ingest.repair import _LatinWords
    from pipeline.nlp.morph import Morph

    latin = _LatinWords(frozenset({"customs", "controls", "mutual"}), frozenset())
    assert join(first, second, Morph(), frozenset(), latin) == joined


def test_a_broken_abbreviation_the_text_writes_whole_is_one_body() -> None:
    from pipeline.analysis import analyze

    text = ("Доклад МАГАТЭ вышел в 2010 году и был обсуждён на сессии агентства в Вене, куда съехались делегации "
            "многих государств и экспертов. Выводы доклада МАГА-\nТЭ поддержали все участники, а ИТАР-\nТАСС "
            "сообщило об этом в тот же день.")
    article = analyze(text)
    assert "МАГАТЭ поддержали" in article.text and "ИТАР-ТАСС" in article.text
    assert [o.registry_id for o in article.organisations].count("iaea") == 1


@pytest.mark.parametrize(("page", "joined"), [
    ("Целью работы является разбор алгоритма RED.\n\nКлючевые слова: сетевые технологии, имитационное моделирование, "
     "NS-3, RED,\n\nGRED, DSRED, активное управление очередями.\n\nВведение\n\nСимулятор NS-3 является свободным "
     "программным обеспечением.", "NS-3, RED, GRED, DSRED"),
    ("The aim of this work is the analysis of the RED algorithm.\n\nKeywords: network technology, simulation, NS-3, "
     "RED,\n\nGRED, DSRED, active queue management.\n\nIntroduction\n\nThe NS-3 simulator is free software.",
     "NS-3, RED, GRED, DSRED"),
])
def test_a_list_of_keywords_broken_after_a_comma_goes_on_across_a_gap(page: str, joined: str) -> None:
    assert joined in _clean(_pdf([page])).text


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("урегулированы Федеральным законом от 3 августа 2018 г. № 289-", "ФЗ «О таможенном регулировании»",
     "№ 289-ФЗ «О таможенном"),
    ("утверждена распоряжением № 1234-", "р от 28 августа 2003 года", "№ 1234-р от"),
    ("regulated by Federal Law No. 289-", "FZ of 3 August 2018", "No. 289-FZ of"),
    ("imports grew in 2019-", "2020 by a fifth", "in 2019-2020 by"),
])
def test_a_number_and_its_letters_broken_at_the_hyphen_are_one(first: str, second: str, joined: str) -> None:
    from pipeline.ingest.repair import join

    assert joined in join(first, second)


@pytest.mark.parametrize(
    "page",
    [
        "References\n1.\n\nPandve H, Pandve T. Primary healthcare system in India: Evolution and challenges. Int J\n"
        "Heal Syst Disaster Manag 2014; 1: 125–128.\n\n2.\n\nThe World Bank. India's Poverty Profile, "
        "www.worldbank.org (2016).\n\n3.\n\nGrida M, Zeid M. A system dynamics-based model to implement the Theory "
        "of\nConstraints in a healthcare system. Simulation 2019; 95: 593–605.",
        "Список литературы\n[1]\n\nИванов И. И. Таможенное регулирование в ЕАЭС. М.: Юрайт, 2019. 320 с.\n\n[2]\n\n"
        "Петров П. П. Управление рисками // Вестник РТА. 2020. № 2. С. 5–14.\n\n[3]\n\nСидоров С. С. Транзит "
        "товаров // Таможенная политика. 2021. № 4. С. 20–31.",
    ],
)
def test_a_list_number_set_apart_opens_its_item(page: str) -> None:
    """A reference list whose numbers stand in a column of their own: each number opens its entry."""
    paragraphs = _clean(_pdf([page])).text.split("\n\n")
    assert len(paragraphs) == 4
    assert all(p[:1] in "123[" and len(p) > 40 for p in paragraphs[1:])


@pytest.mark.parametrize(
    ("page", "kept", "mended"),
    [
        # the document writes "electrical" and "power" alone and never "electricalpower": a compound
        ("It is well known that the generation of electrical-\npower drives every other industry, and grids carry\n"
         "electrical current and power to towns; the inter-\nnational market of coal-\nfired plants grows as coal "
         "is\nfired in the plants of the region every year.\n" * 3,
         ["electrical-power", "coal-fired"], ["international"]),
        ("Производство электроэнергии в социально-\nэкономической системе важно для развития эконо-\nмики страны, "
         "как и научно-\nтехнический прогресс во всех отраслях промышленности.\n" * 3,
         ["социально-экономической", "научно-технический"], ["экономики"]),
    ],
)
def test_a_compound_broken_at_a_line_end_keeps_its_hyphen(page: str, kept: list[str], mended: list[str]) -> None:
    """A Latin compound the document keeps apart keeps its hyphen (a Russian one, the dictionary's); a
    word hyphenated at a line's end is mended."""
    article = _clean(_pdf([page]))
    assert all(word in article.text for word in kept + mended)


def test_russian_words_a_pdf_line_ran_together_are_parted() -> None:
    """A line whose words the text layer set without spaces is parted into the words the dictionary
    knows; a long word it knows whole, and Latin text, stay as they are."""
    page = ("Представленырезультатыразработкиметодикимоделирования электродинамических характеристик.\n"
            "Человеконенавистничество и высокопроизводительного вычислительного комплекса; the electricalpowergrid stays.")
    article = _clean(_pdf([page]))
    assert "Представлены результаты разработки методики моделирования электродинамических" in article.text
    assert "Человеконенавистничество" in article.text and "electricalpowergrid" in article.text


@pytest.mark.parametrize(
    ("lines", "paragraph"),
    [
        (["How do interest groups decide which member of", "Congress to target when decisions are made collect-",
          "ively? Do lobbying strategies change as legislation", "advances? We answer these questions with new data."],
         "How do interest groups decide which member of Congress to target when decisions are made collectively? "
         "Do lobbying strategies change as legislation advances? We answer these questions with new data."),
        (["Мы изучаем, как группы интересов выбирают членов комиссии в", "Государственной думе и как меняется их",
          "стратегия по мере продвижения законопроекта и принятия поправок."],
         "Мы изучаем, как группы интересов выбирают членов комиссии в Государственной думе и как меняется их "
         "стратегия по мере продвижения законопроекта и принятия поправок."),
    ],
)
def test_a_narrow_line_that_ends_with_a_preposition_goes_on(lines: list[str], paragraph: str) -> None:
    """A column narrower than the page's lines: a line that ends with an article, a preposition or a
    conjunction goes on into the next, capital or not, and a word broken there is mended."""
    body = ("The body of the article runs across the whole width of the page, so that its lines are long and "
            "the lines of the narrow column beside the title look short next to them.")
    wide = [body[k:k + 95].strip() for k in range(0, len(body), 95)]
    text = _clean(load_string("\n".join([*wide, "", *lines, "", *wide]))).text
    assert paragraph in text.split("\n\n")


@pytest.mark.parametrize(
    ("body", "last", "next_page"),
    [
        ("The first page of the article runs its lines across the whole width of the page, as journals set "
         "them, and the paragraph goes on over several lines before it ends with a full stop and leaves room for "
         "the places of the authors, which a journal sets in the same type under it at the foot of the page.",
         "3 Scientific Research Center Kurchatov Institute, Moscow",
         "The mathematical statement and the efficient algorithm for solving the inverse problem of interpreting "
         "tracer studies are given, and the case of fractures of infinite permeability is considered at length."),
        ("Первая страница статьи набрана строками во всю ширину полосы, как их набирают журналы, и абзац идёт на "
         "нескольких строках, прежде чем кончится точкой и оставит место для мест работы авторов, которые журнал "
         "набирает тем же шрифтом под ним внизу страницы.",
         "3 Научно-исследовательский центр Курчатовский институт, Москва",
         "Дана постановка и экономичный алгоритм решения обратной задачи интерпретации трассерных исследований, и "
         "рассмотрен случай трещин бесконечной проницаемости, пересекающих пласт целиком по всей его толщине."),
    ],
)
def test_a_short_last_line_of_a_page_closes_its_block(body: str, last: str, next_page: str) -> None:
    """A page's last line shorter than a full one ends its block, though no full stop closes it: a
    justified paragraph that runs on over the page fills its last line on the page."""
    import textwrap

    pages = ["\n".join([*textwrap.wrap(body, 100), last]), "\n".join(textwrap.wrap(next_page, 100))]
    paragraphs = _clean(_pdf(pages)).text.split("\n\n")
    assert paragraphs[-1].startswith(next_page[:30]) and paragraphs[-2].endswith(last)


@pytest.mark.parametrize(("card", "label", "keywords"), [
    ("Devorah Kaplan, The Hebrew University of Jerusalem, Mount Scopus, Jerusalem 9190501, Israel,", "Keywords",
     "political economy, sanctions, experimental research"),
    ("Анна Смирнова, Санкт-Петербургский государственный университет, Университетская наб., 7/9, Санкт-Петербург,",
     "Ключевые слова", "таможенный союз, санкции, внешняя торговля"),
])
def test_a_keywords_label_alone_atop_a_page_opens_its_block_after_a_line_ending_with_a_comma(
        card: str, label: str, keywords: str) -> None:
    """A corresponding author's card at the foot of the first page ends with a comma; the keywords'
    label, the whole first line of the next page, opens a block of its own."""
    prose = ("Customs administrations of the union exchange data on goods and the exchange speeds up the release "
             "of goods at the borders of the member states. ") * 3
    first = "\n".join(prose[i:i + 80] for i in range(0, len(prose), 80)) + "\n" + card
    article = _clean(_pdf([first, f"{label}\n\n{keywords}\n\nIntroduction"]))
    assert f"\n\n{label}\n\n{keywords}" in article.text


@pytest.mark.parametrize(("cover", "title"), [
    ("This content was downloaded from IP address 213.87.147.199 on 12/04/2023 at 15:02",
     "Real-time analysis of customs declarations for risk management"),
    ("This content was downloaded from IP address 213.87.147.199 on 12/04/2023 at 15:02",
     "Анализ таможенных деклараций в реальном времени для управления рисками"),
])
def test_a_cover_sheets_last_line_is_not_run_into_the_articles_title(cover: str, title: str) -> None:
    """A publisher's cover sheet ends on its page: its last line, open at the end, does not take in the
    title that opens the next page."""
    sheet = f"Journal of Physics: Conference Series\n\nTo cite this article: A Smith et al 2007 J. Phys.: Conf. Ser. 90 012013\n\n{cover}"
    abstract = "\n".join(["Abstract. Customs administrations exchange data on goods before they arrive, and the"] +
                         ["exchange speeds up the release of goods and lowers the costs of traders at the border"] * 8)
    article = _clean(_pdf([sheet, f"{title}\n\nA Smith, B Jones\n\n{abstract}"]))
    assert f"\n\n{title}\n\n" in article.text


@pytest.mark.parametrize(("lines", "words"), [
    (["Surplus weapons\"grade plutonium is disposed of by multiple attribute deci\"",
      "sion making over a set of alternatives, and the MOX\"fuel option is compared with immobi\"",
      "lisation in glass. Each option is scored by weighting func\"",
      "tions, and the scores are compared with vitrifi\"",
      "cation, burial and storage. The can\"in\"canister option is the cheap\"",
      "est of all of them under every weighting."],
     ["weapons-grade", "decision", "MOX-fuel", "immobilisation", "functions", "can-in-canister", "cheapest"]),
    (["Излишки оружейного плутония утилизируются методами многокри\"",
      "териального принятия решений: сравниваются MOX\"топливо, иммоби\"",
      "лизация в стекле, захоронение и хране\"",
      "ние. Каждый вариант оценивается взвешивающими функ\"",
      "циями, и оценки сравниваются с остекловыва\"",
      "нием в кусочно\"монотонной форме."],
     ["многокритериального", "MOX-топливо", "иммобилизация", "хранение", "функциями", "кусочно-монотонной"]),
])
def test_a_straight_quote_a_font_sets_for_its_hyphen_reads_as_the_hyphen(lines: list[str], words: list[str]) -> None:
    article = _clean(_pdf(["\n".join(lines)]))
    for word in words:
        assert word in article.text


def test_quotes_at_line_ends_in_prose_stay_quotes() -> None:
    lines = ['The so-called "Brussels effect"', 'is discussed, as is the "California effect"', 'and the "race',
             'to the bottom", each "a', 'model" of its own, and "trading up"', 'as well, with "rules"', 'and "norms"',
             'set apart by quotes in the "text"', 'of the article.']
    article = _clean(_pdf(["\n".join(lines)]))
    assert '"Brussels effect"' in article.text and '"race to the bottom"' in article.text
