"""The data files: each loads and is checked, a broken line is named, and the cue words they hold
drive the rules in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from helpers import context, make_article

from pipeline import data
from pipeline.data import (
    LISTS,
    RECORDS,
    TABLES,
    WORD_FILES,
    check_data,
    load_jsonl,
    load_lines,
    load_tsv,
    load_words,
    words,
)
from pipeline.digest.cues import load_lexicon
from pipeline.digest.enumerations import find_enumerations
from pipeline.errors import DataFileError
from pipeline.facts.acts.lexicon import kind_words, registry
from pipeline.facts.acts.when import date_after
from pipeline.facts.countries import load_countries
from pipeline.facts.dates import find_dates, months, ordinals
from pipeline.facts.figures.subjects import cues
from pipeline.facts.figures.text import find_amounts
from pipeline.facts.organisations.people import in_russian_letters
from pipeline.facts.organisations.registry import load_registry
from pipeline.facts.organisations.sounds import sound
from pipeline.facts.organisations.states import short_names
from pipeline.layout.structure import classify, structure
from pipeline.lexicon.abbreviations import learn_abbreviations
from pipeline.lexicon.cues import list_marker
from pipeline.lexicon.numbers import number_words, scale_pattern
from pipeline.lexicon.vocabulary import currencies, units
from pipeline.nlp.lang import CYRILLIC, fold, has_cyrillic, without_yo
from pipeline.nlp.models import Models
from pipeline.render.ui import _messages

FOLDER = Path(str(resources.files("pipeline").joinpath("data")))


def _clear() -> None:
    for loader in (data.load_tsv, data.load_lines, data.load_jsonl, data.load_words, data.words, months):
        loader.cache_clear()


@pytest.fixture
def copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder holding copies of the data files, read instead of the package's own."""
    for path in FOLDER.iterdir():
        if path.suffix in (".tsv", ".txt", ".jsonl"):
            (tmp_path / path.name).write_text(path.read_text("utf-8"), "utf-8")
    _clear()
    monkeypatch.setattr(data, "DATA", tmp_path)
    yield tmp_path
    _clear()


def _break(folder: Path, name: str, line: int, new: str) -> None:
    """Replace line `line` (counted from 1) of a copied data file."""
    lines = (folder / name).read_text("utf-8").splitlines()
    lines[line - 1] = new
    (folder / name).write_text("\n".join(lines) + "\n", "utf-8")


def _first_entry(folder: Path, name: str) -> int:
    """The number of the first line of a data file that is not a comment."""
    lines = (folder / name).read_text("utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#"))


# --- every file loads and validates


def test_every_word_file_loads_and_every_kind_has_words() -> None:
    check_data()
    for name, kinds in WORD_FILES.items():
        loaded = load_words(name)
        assert set(loaded) == set(kinds), name
        for kind in kinds:
            assert words(name, kind), f"{name}: no {kind}"


def test_every_data_file_loads_through_its_reader() -> None:
    read = {
        "months.tsv": months, "act_kinds.tsv": kind_words, "acts.jsonl": registry,
        "countries.tsv": load_countries, "organisations.jsonl": load_registry, "directions.jsonl": load_lexicon,
        "currencies.tsv": currencies, "units.tsv": units, "scales.tsv": scale_pattern,
        "number_words.tsv": number_words, "ordinals.tsv": ordinals, "figure_subjects.tsv": cues,
        "implied_units.tsv": lambda: load_tsv("implied_units.tsv", 3),
        "ui_ru.tsv": lambda: _messages("ru"),
        "sounds.tsv": lambda: sound("Майкрософт") == sound("Microsoft"),
        "periphrases.tsv": lambda: "МИД" in short_names(),
        "russian_spelling.tsv": lambda: in_russian_letters("Zakharova") == "захарова",
        "ratio_words.tsv": lambda: [a.value for a in find_amounts("exports grew twofold")] == [2.0],
    }
    names = {p.name for p in FOLDER.iterdir() if p.suffix in (".tsv", ".txt", ".jsonl")}
    for name in sorted(names):
        if name in WORD_FILES:
            assert load_words(name)
        elif name in read:
            assert read[name](), name
        elif name.endswith(".txt"):
            assert load_lines(name), name
        else:
            assert load_jsonl(name), name
    assert set(read) | set(WORD_FILES) <= names
    assert set(WORD_FILES) | set(TABLES) | set(LISTS) | set(RECORDS) == names, "check_data() reads every file"


def test_months_are_twelve_with_every_russian_case() -> None:
    assert sorted(set(months().values())) == list(range(1, 13))
    for form in ("январь", "января", "январю", "январе", "январём", "январем", "january", "jan."):
        assert months()[form] == 1


# --- a broken line is named


@pytest.mark.parametrize(
    ("name", "line", "expected"),
    [
        ("labels.tsv", "abstract\tde\tZusammenfassung", "expected one of ru, en, any in field 2, found 'de'"),
        ("labels.tsv", "preface\tru\tПредисловие", "expected one of abstract, keywords"),
        ("labels.tsv", "abstract\tru", "expected 3 tab-separated fields, found 2"),
        ("labels.tsv", "abstract\tru\t", "expected a form in field 3"),
        ("date_words.tsv", "year\tru\tг.", "is listed already on line"),
        ("months.tsv", "брюмера\t13", "expected one of 1, 2, 3"),
        ("act_kinds.tsv", "указ\tru\tdecree", "found 'decree'"),
        ("units.tsv", "тонн*\tt\tweight", "found 'weight'"),
        ("currencies.tsv", "руб.\tRUB\tafterwards", "found 'afterwards'"),
        ("acts.jsonl", "{not json", "expected a JSON object"),
    ],
)
def test_a_malformed_line_is_named_with_its_file_and_number(copies: Path, name: str, line: str, expected: str) -> None:
    number = _first_entry(copies, name) + 1
    _break(copies, name, number, line)
    readers = {"months.tsv": months, "act_kinds.tsv": kind_words.__wrapped__, "units.tsv": units.__wrapped__,
               "currencies.tsv": currencies.__wrapped__, "acts.jsonl": lambda: load_jsonl("acts.jsonl")}
    with pytest.raises(DataFileError) as caught:
        readers.get(name, lambda: load_words(name))()
    message = str(caught.value)
    assert message.startswith(f"{name}, line {number}: "), message
    assert expected in message


def test_a_missing_word_file_fails_at_start(copies: Path) -> None:
    (copies / "labels.tsv").unlink()
    with pytest.raises(DataFileError, match="labels.tsv"):
        check_data()


@pytest.mark.parametrize(("name", "line"), [("countries.tsv", "XX\tНигде"), ("org_heads.txt", None),
                                            ("directions.jsonl", "[1, 2]"), ("list_markers.tsv", "bullet\t•")])
def test_the_models_are_not_made_with_a_broken_data_file(copies: Path, name: str, line: str | None) -> None:
    if line is None:
        (copies / name).unlink()
    else:
        _break(copies, name, _first_entry(copies, name), line)
    with pytest.raises(DataFileError, match=name):
        Models()


# --- one Cyrillic test, one fold


@pytest.mark.parametrize(
    ("text", "cyrillic"),
    [("Таможня", True), ("ЕАЭС", True), ("ёлка", True), ("Ё", True), ("customs", False), ("WCO", False),
     ("the ЕАЭС Treaty", True), ("2014 г.", True), ("1950, No. 5", False), ("", False)],
)
def test_has_cyrillic(text: str, cyrillic: bool) -> None:
    assert has_cyrillic(text) is cyrillic
    assert (CYRILLIC.search(text) is not None) is cyrillic


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Объём", "объем"), ("ЁЛКА", "елка"), ("Пётр Ёлкин", "петр елкин"), ("Customs Union", "customs union"),
     ("ЕАЭС and WCO", "еаэс and wco"), ("уже", "уже")],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(("text", "plain"), [("Объём", "Объем"), ("ЁЛКА", "ЕЛКА"), ("ЕврАзЭС", "ЕврАзЭС"), ("WCO", "WCO")])
def test_without_yo_keeps_case(text: str, plain: str) -> None:
    assert without_yo(text) == plain


# --- labels of an article's parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Аннотация. В статье рассматривается таможенное сотрудничество.", "abstract"),
        ("Резюме: таможенное сотрудничество России и Беларуси", "abstract"),
        ("Abstract: The paper considers customs cooperation.", "abstract"),
        ("Summary. Customs cooperation of the EAEU.", "abstract"),
        ("Ключевые слова: таможенное сотрудничество; ЕАЭС.", "keywords"),
        ("Keywords: customs cooperation, EAEU", "keywords"),
        ("Key words: customs; WCO", "keywords"),
        ("Index terms — customs, trade", "keywords"),
        ("Author Keywords\nWebsite Aesthetics; First Impression; Colorfulness", "keywords"),
        ("Таблица 1. Товарооборот России и Беларуси", "caption"),
        ("Рис. 2 – Динамика экспорта", "caption"),
        ("Table 3: Trade of the EAEU", "caption"),
        ("Fig. 4. Exports", "caption"),
        ("Источник: составлено автором по данным ФТС России", "source_note"),
        ("Составлено по: данные ЕЭК", "source_note"),
        ("Source: WTO", "source_note"),
        ("Список использованной литературы", "heading"),
        ("References", "heading"),
        ("Глава 2 Таможенное регулирование", "heading"),
        ("Section 3 Results", "heading"),
        # the label must open the block, and be the word itself
        ("Аннотированный перечень соглашений опубликован в 2016 году в журнале, номер которого вышел весной.",
         "paragraph"),
        ("The abstract of the treaty was published in the official journal of the Union last spring.", "paragraph"),
    ],
)
def test_labels_open_parts_of_an_article(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(
    ("text", "lang", "keywords"),
    [
        ("Заголовок статьи о таможне\n\nКлючевые слова: таможня; ЕАЭС; ВТамО.", "ru", ["таможня", "ЕАЭС", "ВТамО"]),
        ("Customs cooperation in the EAEU\n\nKeywords: customs, EAEU, WCO.", "en", ["customs", "EAEU", "WCO"]),
        ("Customs cooperation in the EAEU\n\nKey words - customs; trade", "en", ["customs", "trade"]),
    ],
)
def test_the_keywords_label_is_cut_off_the_keywords(text: str, lang: str, keywords: list[str]) -> None:
    article = structure(make_article(text), context())
    assert article.keywords == {lang: keywords}


@pytest.mark.parametrize(
    ("text", "lang", "abstract"),
    [
        ("Аннотация: В статье рассматривается сотрудничество.", "ru", "В статье рассматривается сотрудничество."),
        ("Abstract. The paper considers cooperation.", "en", "The paper considers cooperation."),
    ],
)
def test_the_abstract_label_is_cut_off_the_abstract(text: str, lang: str, abstract: str) -> None:
    assert structure(make_article(text), context()).abstract == {lang: abstract}


# --- list markers


@pytest.mark.parametrize(
    ("text", "item", "bracketed"),
    [
        ("1. развитие транзита", True, True),
        ("2) упрощение процедур", True, True),
        ("а) таможенный контроль", True, True),
        ("b) trade facilitation", True, True),
        ("• обмен информацией", True, True),
        ("– joint customs control", True, True),
        ("(1) the Council shall meet", False, True),
        ("(iv) the Secretariat", False, True),
        ("(a) customs valuation", False, True),
        ("2014 год стал", False, False),
        ("ЕАЭС) и ВТО", False, False),
        ("-5 %", False, False),
    ],
)
def test_list_markers(text: str, item: bool, bracketed: bool) -> None:
    assert (list_marker().match(text) is not None) is item
    assert (list_marker(bracketed=True).match(text) is not None) is bracketed


@pytest.mark.parametrize(
    "text",
    [
        "Сотрудничество идёт по двум линиям: во-первых, транзит, во-вторых, обмен данными.",
        "Первое — это транзит. Второе — обмен данными.",
        "The services agree on two points: firstly, transit, secondly, data exchange.",
        "First: transit. Second: data exchange.",
    ],
)
def test_words_that_count_points_make_an_enumeration(text: str) -> None:
    found = [e for e in find_enumerations(make_article(text), []) if e.kind == "ordinal"]
    assert len(found) == 1 and len(found[0].items) == 2


# --- month names and the words of dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 января 2020 года", "2020-01-01"),
        ("в январе 2020 года", "2020-01"),
        ("январь 2020 г.", "2020-01"),
        ("по сравнению с январём 2020 года", "2020-01"),
        ("к январю 2020 года", "2020-01"),
        ("30 мая 2014 г.", "2014-05-30"),
        ("в мае 2014 г.", "2014-05"),
        ("12 сент. 2019 г.", "2019-09-12"),
        ("1 January 2020", "2020-01-01"),
        ("in May 2014", "2014-05"),
        ("December 15, 1950", "1950-12-15"),
        ("Jan. 2020", "2020-01"),
        ("Sept. 2019", "2019-09"),
    ],
)
def test_month_names_in_every_form(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в 2014 г. был подписан", [("2014 г.", "point", "2014", None)]),
        ("в 2016 году", [("2016 году", "point", "2016", None)]),
        ("в 2000-м", [("2000-м", "point", "2000", None)]),
        ("в 1990-х годах", [("1990-х годах", "range", "1990", "1999")]),
        ("in the 1990s", [("1990s", "range", "1990", "1999")]),
        ("since 1952 the council", [("1952", "point", "1952", None)]),
        ("с 2010 по 2015 гг.", [("с 2010 по 2015 гг.", "range", "2010", "2015")]),
        ("from 2010 to 2015", [("from 2010 to 2015", "range", "2010", "2015")]),
        ("до 2025 года", [("до 2025 года", "deadline", "2025", None)]),
        ("by 2030 the", [("by 2030", "deadline", "2030", None)]),
        ("до конца 2020 года", [("до конца 2020 года", "deadline", "2020", None)]),
        ("until the end of 2020 it", [("until the end of 2020", "deadline", "2020", None)]),
        # words before a year count in the case written: a capitalised "The" opens a sentence
        ("after the 2008 crisis", [("2008", "point", "2008", None)]),
        ("The 2008 crisis", []),
        # pages are no years
        ("см. с. 2014–2015", []),
        ("see pp. 2014–2015", []),
    ],
)
def test_words_of_dates(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [(text[d.start : d.end], d.kind, d.value, d.end_value) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("name", "after", "value"),
    [
        ("Договор", " от 08.12.1999 «О создании Союзного государства»", "1999-12-08"),
        ("Договором о ЕАЭС", " (2014г.), международным", "2014"),
        ("Соглашение", ", подписанное в Минске 12 марта 2015 г., вступило", "2015-03-12"),
        ("Кодекс", ", принятый 11 апреля 2017 года", "2017-04-11"),
        ("Treaty on the Eurasian Economic Union", ", signed on 29 May 2014, entered", "2014-05-29"),
        ("Convention", " of 15 December 1950 establishing", "1950-12-15"),
        ("Agreement", ", which was signed in Minsk on October 10, 2000", "2000-10-10"),
        ("Treaty", " dated 2014", "2014"),
        # no date leads on from the name
        ("Договор о ЕАЭС", " и 2014 год", None),
        ("Treaty on the Union", " in 2014", None),
    ],
)
def test_the_date_of_an_act(name: str, after: str, value: str | None) -> None:
    found = date_after(name + after, len(name))
    assert (found[0] if found else None) == value


# --- definitions of short names


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Евразийский экономический союз (далее – ЕАЭС) создан", "ЕАЭС"),
        ("Евразийский экономический союз (далее также – Союз) создан", "Союз"),
        ("Таможенный кодекс (далее по тексту – Кодекс) вступил", "Кодекс"),
        ("the Eurasian Economic Union (hereinafter the Union) was", "Union"),
        ("the Customs Co-operation Council (hereinafter referred to as \"the Council\") shall", "Council"),
        ("the World Customs Organization (hereinafter called WCO) is", "WCO"),
    ],
)
def test_words_that_define_a_short_name(text: str, short: str) -> None:
    found = learn_abbreviations(make_article(text))
    assert [d.short for d in found] == [short] and found[0].explicit


# --- words around a number


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("товарооборот вырос в три раза", [3.0]),
        ("товарооборот вырос три раза", []),
        ("проверки выросли в два раза в год", []),
        ("выросла в 2 раза в квартал", []),
        ("trade grew three times", [3.0]),
        ("trade grew 3 times per year", []),
        ("согласно пункту 5 % пошлины", []),
        ("5 % пошлины по пункту", [5.0]),
        ("under Article 12 % of duty", []),
        ("12 % of duty under the Article", [12.0]),
        ("см. табл. 3 млн", []),
        ("34 белорусским предприятиям", [34.0]),
        ("17 founding members", [17.0]),
    ],
)
def test_words_around_a_number(text: str, values: list[float]) -> None:
    assert [a.value for a in find_amounts(text)] == values
