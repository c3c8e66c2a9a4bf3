"""Hostile and careless inputs (issue 17): unsafe output, the Python API's arguments and time limit,
output folders among the inputs, skipped folder entries, Cyrillic encodings, hostile HTML, lone
PDF lines. Each case is named after the bug it fixes."""

from __future__ import annotations

import csv
import json
import math
import os
import time
from pathlib import Path
from typing import Any

import pytest
from batch_texts import EN, RU

from pipeline import analyze
from pipeline.cli import main, overlap
from pipeline.errors import TimeLimitError
from pipeline.export.files import Skipped, discover
from pipeline.export.records import safe_cell, write_csv, write_jsonl
from pipeline.ingest import load
from pipeline.ingest.html import load_html
from pipeline.ingest.pages import compose
from pipeline.ingest.pdflayout import Line, PageLines
from pipeline.ingest.text import decode
from pipeline.lexicon.bidi import show_bidi, strip_bidi
from pipeline.nlp.models import Models
from pipeline.render.report import environment
from pipeline.settings import TEMPLATES_DIR, Settings

RLO = "\u202e"
SOURCE = {"path": "a.txt", "name": "a.txt", "sha256": "0" * 64, "format": "txt", "pages": None}


# ---- 1. unsafe output ----

@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+7 495 000", "'+7 495 000"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("=ФТС России", "'=ФТС России"),
    ("Федеральная таможенная служба", "Федеральная таможенная служба"),
    ("World Customs Organization", "World Customs Organization"),
    ("a=b", "a=b"),
])
def test_csv_formula_cells_are_neutralised(value: str, expected: str) -> None:
    assert safe_cell(value) == expected


@pytest.mark.parametrize("name", ["=cmd|' /C calc'!A0", "=ФТС|' /C calc'!A0"])
def test_csv_formula_injection_in_names_titles_and_file_names(tmp_path: Path, name: str) -> None:
    source = {**SOURCE, "name": "@evil.txt", "path": "-evil.txt"}
    record = {"source": source, "title": name, "organisations": [{"id": "org-1", "name": name, "aliases": [name]}]}
    write_csv(tmp_path, [record])
    with (tmp_path / "organisations.csv").open(encoding="utf-8-sig", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["name"] == "'" + name and row["article"] == "'@evil.txt" and row["article_path"] == "'-evil.txt"
    with (tmp_path / "articles.csv").open(encoding="utf-8-sig", newline="") as fh:
        (article,) = list(csv.DictReader(fh))
    assert article["title"] == "'" + name
    write_jsonl(tmp_path / "records.jsonl", [record])  # JSON keeps the value as it is
    assert json.loads((tmp_path / "records.jsonl").read_text("utf-8"))["title"] == name


@pytest.mark.parametrize("name", [f"ФТС {RLO}акссоР", f"World {RLO}smotsuC Organization", "a\u2066b\u2069c\u200e\u061c"])
def test_bidi_controls_never_reach_csv_cells(tmp_path: Path, name: str) -> None:
    record = {"source": SOURCE, "title": name, "organisations": [{"id": "org-1", "name": name}]}
    write_csv(tmp_path, [record])
    for table in ("articles.csv", "organisations.csv"):
        text = (tmp_path / table).read_text("utf-8-sig")
        assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
    assert strip_bidi(name) in (tmp_path / "organisations.csv").read_text("utf-8-sig")


@pytest.mark.parametrize("text", [f"Таможня {RLO}txt.exe", f"Customs {RLO}txt.exe"])
def test_bidi_controls_show_visibly_in_pages(text: str) -> None:
    env = environment(str(TEMPLATES_DIR))
    page = env.from_string("<p>{{ text }}</p>").render(text=text)
    assert RLO not in page and show_bidi(text) in page and "[U+202E]" in page


@pytest.mark.parametrize("text", [
    f"Федеральная таможенная служба {RLO}России{RLO} подписала соглашение с ГТК Беларуси в 2019 году.",
    f"The World Customs Organization {RLO}WCO{RLO} signed a memorandum with the Federal Customs Service in 2019.",
])
def test_bidi_controls_are_removed_from_fact_names(models: Models, text: str) -> None:
    article = analyze(text, models=models)
    for fact in [*article.organisations, *article.countries, *article.treaties]:
        assert RLO not in getattr(fact, "name", getattr(fact, "title", ""))
    assert not article.title or RLO not in article.title


def _tree(tmp_path: Path) -> tuple[Path, Path]:
    inside = tmp_path / "in"
    inside.mkdir()
    (inside / "ok.txt").write_text(EN, "utf-8")
    (tmp_path / "secret.txt").write_text("outside", "utf-8")
    (inside / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (inside / "near.txt").symlink_to(inside / "ok.txt")
    return inside, tmp_path / "out"


def test_symlink_leaving_the_input_folder_is_not_followed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    inside, out = _tree(tmp_path)
    skipped: list[Skipped] = []
    targets, _ = discover([inside], out, skipped=skipped)
    assert [t.path.resolve() for t in targets] == [inside / "ok.txt"]  # a link inside counts once, as its target
    (entry,) = [s for s in skipped if s.path.name == "leak.txt"]
    assert "outside the input folder" in entry.reason and "--follow-links" in entry.reason
    assert "leak.txt skipped" in caplog.text


def test_symlink_leaving_the_input_folder_is_followed_with_follow_links(tmp_path: Path) -> None:
    inside, out = _tree(tmp_path)
    targets, _ = discover([inside], out, follow_links=True)
    assert sorted(t.path.resolve().name for t in targets) == ["ok.txt", "secret.txt"]
    assert Settings(follow_links=True).follow_links and not Settings().follow_links


# ---- 2. the Python API ----

@pytest.mark.parametrize("source", [None, b"bytes", "текст".encode(), 42, 1.5, ["a.txt"]])
def test_analyze_rejects_what_is_not_a_path_or_a_text(source: object) -> None:
    with pytest.raises(TypeError, match=type(source).__name__):
        analyze(source)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["статья.txt", "article.pdf", "folder/article", "папка/статья", "Report.DOCX"])
def test_analyze_missing_path_names_it(tmp_path: Path, name: str) -> None:
    missing = tmp_path / name
    for source in (missing, str(missing), name):
        with pytest.raises(FileNotFoundError, match=name.split("/")[-1]):
            analyze(source)


def test_analyze_folder_path_is_an_error(tmp_path: Path) -> None:
    for source in (tmp_path, str(tmp_path)):
        with pytest.raises(IsADirectoryError, match=str(tmp_path)):
            analyze(source)


@pytest.mark.parametrize("text", [RU, EN, "Таможня и ФТС / ЕАЭС", "Customs / trade of the EAEU"])
def test_analyze_text_that_is_no_path_stays_text(models: Models, text: str) -> None:
    assert analyze(text, models=models).source.path == "<string>"


@pytest.mark.parametrize("text", [RU, EN])
def test_analyze_has_a_time_limit(models: Models, text: str) -> None:
    started = time.monotonic()
    with pytest.raises(TimeLimitError, match="timed out after 0.05 s"):
        analyze(text * 200, Settings(timeout_s=0.05), models)
    assert time.monotonic() - started < 10


def test_analyze_time_limit_is_checked_between_stages_outside_the_main_thread(models: Models) -> None:
    import threading

    errors: list[BaseException] = []

    def work() -> None:
        try:
            analyze(RU * 200, Settings(timeout_s=0.01), models)
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(120)
    assert errors and isinstance(errors[0], TimeLimitError)


# ---- 3. output folder among the inputs; skipped entries ----

def test_output_folder_equal_to_input_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(RU, "utf-8")
    assert overlap([tmp_path], tmp_path) is not None
    assert main(["run", str(tmp_path), "-o", str(tmp_path), "--jobs", "1"]) == 2
    assert "also an input folder" in capsys.readouterr().err


def test_input_inside_output_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(EN, "utf-8")
    assert main(["run", str(tmp_path / "sub" / "a.txt"), "-o", str(tmp_path), "--jobs", "1"]) == 2
    assert "inside the output folder" in capsys.readouterr().err
    assert overlap([tmp_path / "sub"], tmp_path / "out") is None  # an output folder inside an input folder is fine


def test_skipped_folder_entries_have_a_reason(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.md").write_text(RU, "utf-8")
    (folder / "fifo.txt").parent.mkdir(exist_ok=True)
    os.mkfifo(folder / "fifo.txt")
    (folder / "x.txt").mkdir()
    (folder / "x.txt" / "inner.txt").write_text(EN, "utf-8")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "old.rtf").write_text("{\\rtf1 x}", "utf-8")
    (folder / ".hidden.txt").write_text(EN, "utf-8")
    skipped: list[Skipped] = []
    started = time.monotonic()
    targets, missing = discover([folder], tmp_path / "out", skipped=skipped)
    assert time.monotonic() - started < 5
    assert [t.path.name for t in targets] == ["ok.md"] and missing == []
    reasons = {s.path.name: s.reason for s in skipped}
    assert set(reasons) == {"fifo.txt", "x.txt", "gone.txt", "old.doc", "old.rtf", ".hidden.txt"}
    assert "FIFO" in reasons["fifo.txt"]
    assert "folder named like" in reasons["x.txt"]
    assert "link to nothing" in reasons["gone.txt"]
    assert "unsupported file type '.doc'" in reasons["old.doc"]
    assert "'.rtf'" in reasons["old.rtf"]
    assert "hidden" in reasons[".hidden.txt"]


def test_fifo_named_as_an_input_is_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    skipped: list[Skipped] = []
    targets, _ = discover([tmp_path / "pipe.txt"], tmp_path / "out", skipped=skipped)
    assert targets == [] and "FIFO" in skipped[0].reason


# ---- 4. encodings ----

RU_LONG = ("Таможенное сотрудничество между Россией и Казахстаном развивается. "
           "Соглашение о взаимной помощи подписано в 2019 году.")
EN_LONG = "Café customs cooperation: naïve résumé of the Eurasian Economic Union’s rules – “quoted”."


@pytest.mark.parametrize("text", [RU_LONG, RU])
@pytest.mark.parametrize("encoding", ["koi8-r", "cp866", "mac-cyrillic", "cp1251"])
def test_cyrillic_single_byte_encodings_are_detected(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    assert load(path, Settings()).pages == [text]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_latin_single_byte_encodings_are_detected(encoding: str) -> None:
    data = EN_LONG.encode(encoding, errors="ignore")
    assert decode(data, "x") == data.decode(encoding)


@pytest.mark.parametrize("text", ["Таможня и ФТС России", "Café naïve"])
def test_unsure_encoding_gives_a_warning(tmp_path: Path, text: str) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("koi8-r" if text[0] == "Т" else "latin-1"))
    document = load(path, Settings())
    assert document.pages == [text]
    assert any("encoding is uncertain" in w for w in document.warnings)


@pytest.mark.parametrize("text", [RU_LONG, "Таможня и ФТС России"])
def test_html_declaring_charset_koi8_r(text: str) -> None:
    data = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>'
            f"<body><p>{text}</p></body></html>").encode("koi8-r")
    assert load_html(data, "a.html").pages == [text]
    short = f'<meta charset="KOI8-R"><p>{text}</p>'.encode("koi8-r")
    assert load_html(short, "a.html").pages == [text]


def test_html_declaring_a_wrong_charset_is_read_with_a_warning() -> None:
    data = f'<meta charset="utf-8"><p>{RU_LONG}</p>'.encode("cp1251")
    document = load_html(data, "a.html")
    assert document.pages == [RU_LONG] and "not in the charset it declares" in document.warnings[0]


# ---- 5. HTML ----

@pytest.mark.parametrize("text", ["Таможенный кодекс ЕАЭС.", "The Customs Code of the EAEU."])
def test_html_unclosed_comment_is_not_text(text: str) -> None:
    data = f"<p>{text}</p><!-- draft <p>секрет secret</p>".encode()
    assert load_html(data, "a.html").pages == [text]
    closed = f"<p>{text}<!-- note --> ok</p><p>3 < 4</p>".encode()
    assert load_html(closed, "a.html").pages == [f"{text} ok\n\n3 < 4"]


@pytest.mark.parametrize("text", ["Таможня", "Customs"])
def test_html_unclosed_tags_take_linear_time(text: str) -> None:
    data = (f"<p>{text}</p>" + "<a " * 70_000).encode()  # 210 KB
    started = time.monotonic()
    document = load_html(data, "a.html")
    assert time.monotonic() - started < 3
    assert document.pages[0].startswith(text)


# ---- 6. PDF lines alone on their pages ----

@pytest.mark.parametrize("words", ["Таможенная статистика за {} год", "Customs statistics for year {}"])
def test_pdf_lone_lines_differing_in_digits_are_not_running_heads(words: str) -> None:
    pages = [PageLines(595, 842, [Line(words.format(2000 + n), 72, 400, 40, 52, 11.0)]) for n in range(5)]
    layout = compose(pages)
    assert layout.pages == [words.format(2000 + n) for n in range(5)]
    assert layout.dropped == 0


def test_pdf_running_heads_beside_body_text_still_go() -> None:
    def page(n: int) -> PageLines:
        return PageLines(595, 842, [Line(f"Journal of Customs, vol. {n}", 72, 400, 30, 40, 9.0),
                                    Line(f"Body text of page {n} goes on here.", 72, 500, 300, 312, 11.0)])
    layout = compose([page(n) for n in range(3)])
    assert all("Journal" not in text for text in layout.pages) and layout.dropped == 3


@pytest.mark.parametrize("name", [f"ФТС {RLO}акссоР", f"World {RLO}OCW"])
def test_bidi_controls_are_removed_from_names_in_the_record(name: str) -> None:
    from pipeline.lexicon.bidi import strip_bidi_names
    from pipeline.record import Organisation, Treaty

    organisation = Organisation(id="org-1", name=name, aliases=[name])
    treaty = Treaty(id="treaty-1", title=name, parties=[name])
    for fact in (organisation, treaty):
        strip_bidi_names(fact)
    assert organisation.name == organisation.aliases[0] == treaty.title == treaty.parties[0] == strip_bidi(name)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_pdf_notes_set_across_two_columns_with_marks_in_the_margin_leave_the_body(lang: str) -> None:
    """Notes in small type under both columns of the body, each mark set as a line of its own in the
    margin, and a page number under them: the notes leave the body, each with its mark."""
    body = {"ru": "Таможенные органы обмениваются данными о транзите", "en": "Customs administrations exchange transit data"}[lang]
    notes = {"ru": ["Данные ФТС России за 2021 год.", "Оценка автора по данным ЕЭК."],
             "en": ["Data of the Federal Customs Service for 2021.", "The author's estimate from EEC data."]}[lang]

    def page(n: int) -> PageLines:
        lines = []
        for row in range(30):
            top = 80 + 15 * row
            lines.append(Line(f"{body} {n}.{row}, left" + ("²" if row == 5 else ""), 60, 290, top, top + 10, 9.0,
                              marks=["2"] if row == 5 else []))
            lines.append(Line(f"{body} {n}.{row}, right" + ("³" if row == 9 else ""), 310, 540, top, top + 10, 9.0,
                              marks=["3"] if row == 9 else []))
        lines += [Line("2", 60, 63, 560, 564, 4.0), Line(notes[0] + " " + body + " " * 40 + "end", 66, 540, 560, 567, 6.0),
                  Line("3", 60, 63, 575, 579, 4.0), Line(notes[1] + " " + body + " " * 40 + "end", 66, 540, 575, 582, 6.0),
                  Line(str(100 + n), 290, 310, 800, 812, 12.0)]
        return PageLines(595, 842, lines)

    layout = compose([page(n) for n in range(3)])
    assert [(f.mark, f.text.split(".")[0]) for f in layout.footnotes[:2]] == [("2", notes[0].split(".")[0]),
                                                                             ("3", notes[1].split(".")[0])]
    assert all(notes[0][:20] not in text and notes[1][:20] not in text for text in layout.pages)


@pytest.mark.parametrize(
    ("shown", "meant"),
    [
        # Cyrillic in cp1251 or Mac Cyrillic bytes that a PDF shows through a Mac Roman font
        ("Ï‡ÚÂÏ‡ÚË˜ÂÒÍ‡ˇ ÏÓ‰ÂÎ¸ Ò ‚ÓÁ·ÛÊ‰ÂÌËÂÏ", "математическая модель с возбуждением"),
        ("ëéêéëéÇëäàâ éÅêÄáéÇÄíÖãúçõâ ÜìêçÄã, 1996", "СОРОСОВСКИЙ ОБРАЗОВАТЕЛЬНЫЙ ЖУРНАЛ, 1996"),
        ("î. å. äìçà", "Ф. М. КУНИ"),
        # real accents of Latin names and words stay
        ("Société Générale, Güçeri, Sundström, Tørsløv, Baraké à Paris", "Société Générale, Güçeri, Sundström, Tørsløv, Baraké à Paris"),
        ("Таможенный союз и naïve café", "Таможенный союз и naïve café"),
        # a hyphen glyph mapped to ^Z
        ("продукте\x1aгидрогенизате, за\x1a", "продукте-гидрогенизате, за-"),
        # or to an information separator, inside a word or at a line's end; between words it is a space
        ("E\x1dmail: в дизельном то\x1d", "E-mail: в дизельном то-"), ("quantum\x1dchemical", "quantum-chemical"),
        ("2012 \x1d 2013", "2012   2013"),
        # in a Cyrillic line any control character from 0x10 on between letters is one
        ("оценке ядерно\x13энергетических сис\x13", "оценке ядерно-энергетических сис-"),
        ("ядерно\x19энергетическая система", "ядерно-энергетическая система"),
        # a Symbol font's asterisk kept in the private-use area
        ("Imran Ashraf Yaseen5,8\uf02a", "Imran Ashraf Yaseen5,8*"),
        # a label set letter-spaced; digits in a row stay apart
        ("A B S T R A C T", "ABSTRACT"), ("А Н Н О Т А Ц И Я", "АННОТАЦИЯ"), ("1 2 3 4 5", "1 2 3 4 5"),
    ],
)
def test_pdf_cyrillic_shown_through_a_latin_font_is_read_back(shown: str, meant: str) -> None:
    from pipeline.ingest.pdflayout import recoded

    assert recoded(shown) == meant


@pytest.mark.parametrize(
    ("shown", "meant"),
    [
        # a TeX font's ligatures mapped to control codes: each code read as the ligature that makes words
        (["This paper studies the e\x1dects of malapportionment on the e\x1dective power of the",
          "provinces. I \x1bnd that the \x1brst result holds and that the bene\x1bts \x1eow to the",
          "o\x1ccial parties; a\x1crmative votes and o\x1cceholders di\x1der, as in\x1euence does."],
         ["This paper studies the effects of malapportionment on the effective power of the",
          "provinces. I find that the first result holds and that the benefits flow to the",
          "official parties; affirmative votes and officeholders differ, as influence does."]),
        # the same code where it makes no word stays for the reader of hyphens; Cyrillic lines are not read
        (["the quantum\x1dchemical method and the E\x1dmail of the author",
          "ядерно\x1dэнергетических систем и квантово\x1dхимический расчёт"],
         ["the quantum\x1dchemical method and the E\x1dmail of the author",
          "ядерно\x1dэнергетических систем и квантово\x1dхимический расчёт"]),
    ],
)
def test_pdf_ligatures_a_font_maps_to_control_codes_are_read(shown: list[str], meant: list[str]) -> None:
    from pipeline.ingest.ligatures import read_ligatures

    lines = [Line(text, 72, 520, 100 + 14 * k, 110 + 14 * k, 10.0) for k, text in enumerate(shown)]
    read_ligatures(lines)
    assert [line.text for line in lines] == meant


@pytest.mark.parametrize("journal", ["Journal of International Economics", "Вестник таможенной академии"])
def test_pdf_a_journal_name_in_the_masthead_is_no_title(journal: str) -> None:
    """The journal's name set larger than the title is printed again in the running head above it."""
    title = "Making customs great again: the economic impacts of tariffs"
    page = PageLines(595, 842, [Line(f"{journal} 157 (2025) 104138", 180, 420, 31, 43, 11.7),
                                Line(journal, 168, 430, 85, 98, 13.0, bold=True),
                                Line(title, 39, 560, 164, 177, 12.5, bold=True),
                                *(Line(f"Body text of the article goes on here in its own type {n}.", 39, 560,
                                       300 + 12 * n, 310 + 12 * n, 9.0) for n in range(20))])
    assert compose([page]).title == title


@pytest.mark.parametrize(("journal", "issue"), [("Journal of Statistical Software", "January 2007, Volume 18, Issue 3."),
                                                ("Вестник таможенной академии", "2021. Т. 9, № 2. С. 34–38")])
def test_pdf_a_journal_name_over_its_issue_is_no_title(journal: str, issue: str) -> None:
    """The journal's name set larger than the title, with its issue under it (a logo between)."""
    title = "Making customs great again: the economic impacts of tariffs"
    page = PageLines(595, 842, [Line(journal, 100, 480, 85, 113, 27.9),
                                Line("JSS", 450, 480, 112, 122, 9.8),
                                Line(issue, 100, 300, 131, 140, 8.8),
                                Line(title, 39, 560, 222, 237, 15.3),
                                *(Line(f"Body text of the article goes on here in its own type {n}.", 39, 560,
                                       300 + 12 * n, 310 + 12 * n, 8.8) for n in range(20))])
    assert compose([page]).title == title


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # a title's last line of two capitalised words is no author's name
        (["Construction of the Literature Graph in", "Semantic Scholar"], "Construction of the Literature Graph in Semantic Scholar"),
        (["Таможенное сотрудничество в рамках", "Союзного Государства"], "Таможенное сотрудничество в рамках Союзного Государства"),
        # a title-case line reads like names set side by side
        (["Automated Knowledge-Based Cybersecurity Risk", "Assessment of Customs Systems"],
         "Automated Knowledge-Based Cybersecurity Risk Assessment of Customs Systems"),
    ],
)
def test_pdf_a_title_broken_before_two_capitalised_words_stays_whole(lines: list[str], title: str) -> None:
    body = [Line(f"Body text of the article goes on here in its own type {n}.", 39, 560, 300 + 12 * n, 310 + 12 * n, 9.0)
            for n in range(20)]
    heads = [Line(text, 60, 540, 100 + 18 * k, 114 + 18 * k, 14.0, bold=True) for k, text in enumerate(lines)]
    assert compose([PageLines(595, 842, [*heads, *body])]).title == title


@pytest.mark.parametrize(
    ("title", "label"),
    [("Разработка web-приложения для создания 3D видеороликов", "Аннотация"),
     ("Применение быстрого расчёта параметров композиции", "Ключевые слова:"),
     ("A flexible diagnostics tool for customs declarations", "Abstract"),
     ("Risk profiling of consignments at the border", "1. Introduction")],
)
def test_pdf_a_label_set_in_the_titles_type_under_it_is_not_the_titles(title: str, label: str) -> None:
    """A manuscript sets «Аннотация» or "Abstract" in the title's size and face on the line under it."""
    body = [Line(f"Body text of the article goes on here in its own type {n}.", 72, 540, 160 + 14 * n, 171 + 14 * n, 10.9)
            for n in range(20)]
    heads = [Line(title, 72, 509, 100, 114, 14.3, bold=True), Line(label, 72, 153, 128, 142, 14.3, bold=True)]
    assert compose([PageLines(595, 842, [*heads, *body])]).title == title


@pytest.mark.parametrize(
    ("title", "heading"),
    [("Анализ разработанных задач в системе автоматической проверки", "3 Описание проверяющей системы"),
     ("Risk profiling of consignments at the border", "2.1 Data and the sample of declarations")],
)
def test_pdf_a_numbered_heading_set_larger_than_the_title_is_not_the_title(title: str, heading: str) -> None:
    """A manuscript sets its numbered section headings larger than its title: the title stays the title."""
    body = [Line(f"Body text of the article goes on here in its own type {n}.", 28, 566, 160 + 18 * n, 172 + 18 * n, 12.0)
            for n in range(20)]
    heads = [Line(title, 53, 541, 30, 45, 15.0), Line(heading, 28, 334, 398, 416, 17.5)]
    assert compose([PageLines(595, 842, [*heads, *body])]).title == title


@pytest.mark.parametrize(
    ("big", "smaller", "title"),
    [
        # a title set in two sizes, the smaller lines going on in small letters, is one title
        (["Упрощенная математическая модель"], ["синхронного двигателя", "с возбуждением постоянными магнитами"],
         "Упрощенная математическая модель синхронного двигателя с возбуждением постоянными магнитами"),
        (["A Simplified Model"], ["of a Synchronous Motor with Permanent Magnets"],
         "A Simplified Model of a Synchronous Motor with Permanent Magnets"),
        # a subtitle that opens with a capital is a line of its own kind, not the title's rest
        (["Customs Unions Revisited"], ["Evidence from Eurasia"], "Customs Unions Revisited"),
    ],
)
def test_pdf_a_title_set_in_two_sizes_goes_on_in_small_letters(big: list[str], smaller: list[str], title: str) -> None:
    body = [Line(f"Body text of the article goes on here in its own type {n}.", 39, 560, 300 + 12 * n, 310 + 12 * n, 9.0)
            for n in range(20)]
    heads = [Line(text, 60, 540, 60 + 50 * k, 108 + 50 * k, 48.0) for k, text in enumerate(big)]
    top = heads[-1].top + 50
    heads += [Line(text, 60, 540, top + 26 * k, top + 26 * k + 26, 26.0) for k, text in enumerate(smaller)]
    assert compose([PageLines(595, 842, [*heads, *body])]).title == title


@pytest.mark.parametrize("language", ["en", "ru"])
def test_pdf_a_citation_line_that_repeats_the_title_lower_on_the_page_keeps_it(language: str) -> None:
    title = {"en": "Modelling the impact of screening changes during the pandemic",
             "ru": "Моделирование последствий изменений таможенного контроля"}[language]
    citation = f"Citation: Kim LG, Sweeting MJ (2021) {title}. PLoS ONE 16(6): e0253327."
    body = [Line(f"Body text of the article goes on here in its own type {n}.", 39, 560, 300 + 12 * n, 310 + 12 * n, 9.0)
            for n in range(20)]
    page = PageLines(595, 842, [Line(title, 60, 540, 100, 116, 16.0, bold=True), *body,
                                Line(citation, 39, 560, 700, 708, 7.0)])
    assert compose([page]).title == title


@pytest.mark.parametrize(
    ("upright", "slanted"),
    [
        ("Таможенное сотрудничество государств союза", "В статье рассматривается таможенное сотрудничество государств."),
        ("Customs cooperation of the member states", "The paper studies customs cooperation of the member states."),
    ],
)
def test_pdf_letters_slanted_by_a_shear_are_read_with_the_upright_ones(tmp_path: Path, upright: str, slanted: str) -> None:
    """An italic the typesetter makes by shearing an upright font has its baseline level: its lines are
    neither a stamp set at an angle nor the page's only text."""
    typst = pytest.importorskip("typst", reason="the typst wheel is not installed (it comes with pip install -e '.[dev]')")
    source = tmp_path / "slanted.typ"
    source.write_text(f'#set page(width: 595pt, height: 842pt, margin: 60pt)\n#set text(size: 10pt)\n{upright}\n\n'
                      f'#skew(ax: -12deg)[{slanted}]\n\n#skew(ax: -12deg)[{slanted}]\n\n{upright}.\n', encoding="utf-8")
    pdf = tmp_path / "slanted.pdf"
    typst.compile(str(source), output=str(pdf))
    text = " ".join(load(pdf, Settings()).pages[0].split())
    assert text.count(slanted) == 2 and text.startswith(upright) and text.endswith(f"{upright}.")


@pytest.mark.parametrize(
    ("words", "gap", "expected"),
    [
        # set tight, a narrow gap between a small letter and a capital parts two words
        (["Maha", "Abdelhaq"], 1.6, "Maha Abdelhaq"), (["Ashraf", "Yaseen"], 0.63, "Ashraf Yaseen"),
        (["Анна", "Петрова"], 1.6, "Анна Петрова"),
        # inside a word such letters touch
        (["Mc", "Donald"], 0.0, "McDonald"), (["Deep", "Mind"], 0.0, "DeepMind"),
        # a narrow gap before a small letter is kerning, not a space
        (["Lon", "don"], 0.63, "London"),
    ],
)
def test_pdf_a_narrow_gap_before_a_capital_is_a_space(words: list[str], gap: float, expected: str) -> None:
    from pipeline.ingest.pdflayout import _Char, _line

    chars, x = [], 100.0
    for n, word in enumerate(words):
        x += gap if n else 0.0
        for letter in word:
            chars.append(_Char(letter, x, x + 5.5, 700.0, 711.9, 11.9, 702.0, 400, False, 0.0))
            x += 5.5
    line = _line(chars, 842.0)
    assert line is not None and line.text == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [("Iron deficiency anaemia at the border can be improved after", "eradication of customs checks of Helicobacter"),
     ("Железодефицитная анемия на границе может уменьшиться после", "отмены таможенных проверок в портах")],
)
def test_pdf_a_title_going_on_in_small_letters_in_another_face(first: str, second: str) -> None:
    """The title's second line, set a little larger in another face (italics), goes on the first."""
    page = PageLines(595, 842, [Line("Original article", 39, 200, 40, 50, 10.0),
                                Line(first, 39, 560, 68, 86, 18.2),
                                Line(second, 39, 560, 88, 108, 20.5),
                                *(Line(f"Body text of the article goes on here in its own type {n}.", 39, 560,
                                       300 + 12 * n, 310 + 12 * n, 9.0) for n in range(20))])
    assert compose([page]).title == f"{first} {second}"


def _body(top: float, size: float = 9.0, lines: int = 20) -> list[Line]:
    return [Line(f"Body text of the article goes on here in its own type {n}.", 39, 560, top + 12 * n, top + 12 * n + 10,
                 size) for n in range(lines)]


@pytest.mark.parametrize("title", ["Ukraine's Orange Revolution, NGOs and the Role of the West",
                                   "Таможенное сотрудничество государств Евразийского экономического союза"])
def test_pdf_the_title_after_a_cover_sheet(title: str) -> None:
    """A publisher's cover sheet, its journal's name set large, comes before the article's first page."""
    cover = PageLines(595, 842, [Line("Cambridge Review of International Affairs", 39, 560, 80, 98, 18.0),
                                 Line("To cite this article: Andrew Wilson (2006), 19:1, 21-32", 39, 560, 200, 210, 9.0),
                                 *_body(300)])
    first = PageLines(595, 842, [Line(title, 39, 560, 80, 96, 16.0), *_body(300)])
    assert compose([cover, first]).title == title


@pytest.mark.parametrize("title", [("Do Russian Police Fabricate Drug", "Offenses? Evidence From Seized Heroin"),
                                   ("Таможенный контроль на границе", "Евразийского экономического союза")])
def test_pdf_a_sidebar_beside_the_title_and_hidden_type(title: tuple[str, str]) -> None:
    """Small lines of a sidebar to the title's right do not break it; a line in type too small to read
    (a publisher's hidden identifiers) is left out."""
    page = PageLines(595, 842, [Line("918951JODXXX10.1177/0022042620918951Journal of Drug Issues", 7, 300, 0, 2, 1.1),
                                Line(title[0], 48, 330, 60, 78, 19.2, bold=True),
                                Line("2020, Vol. 50(4) 378–391", 360, 560, 61, 69, 8.2),
                                Line(title[1], 48, 330, 78, 96, 19.2, bold=True),
                                Line("sagepub.com/journals-permissions", 336, 560, 86, 94, 8.2),
                                *_body(300)])
    layout = compose([page])
    assert layout.title == f"{title[0]} {title[1]}"
    assert "918951" not in "".join(layout.pages)


@pytest.mark.parametrize(
    ("rubric", "title", "head"),
    [("КОНЦЕПЦИИ И МЕТОДЫ РОССИЙСКОЙ СОЦИОЛОГИИ", "Социально-профессиональный статус в современной России",
      "Социально-профессиональный статус в современной России"),
     ("CONCEPTS AND METHODS OF CUSTOMS RESEARCH", "Occupational status of customs officers in Russia",
      "Occupational status of customs officers..."),
     # the running heads name the authors before the title
     ("ЗАЩИТА ИНФОРМАЦИИ В КОМПЬЮТЕРНЫХ СЕТЯХ", "Безопасность таможенных информационных систем",
      "Кулябов Д. С., Королькова А. В. Безопасность таможенных . . ."),
     ("INFORMATION SECURITY IN COMPUTER NETWORKS", "Security of customs information systems",
      "Smith J., Lee K. et al. Security of customs information . . .")],
)
def test_pdf_the_title_the_running_heads_repeat_over_a_larger_rubric(rubric: str, title: str, head: str) -> None:
    """A rubric set larger than the title, and the title in its own running head at the page's top:
    the running heads of the later pages repeat the title."""
    first = PageLines(595, 842, [Line(title, 44, 400, 25, 37, 12.2, bold=True),
                                 Line(rubric, 48, 560, 53, 68, 15.0, bold=True),
                                 Line(f"{title}1", 44, 560, 129, 143, 14.3, bold=True), *_body(300, 12.0)])
    later = [PageLines(595, 842, [Line(head, 44, 400, 25, 37, 12.2), *_body(100, 12.0, 40)]) for _ in range(2)]
    assert compose([first, *later]).title.rstrip("1") == title


@pytest.mark.parametrize(
    ("rubric", "title", "head"),
    [("МОДЕЛИРОВАНИЕ ПРОЦЕССОВ И УСТРОЙСТВ",
      ["ПРИМЕНЕНИЕ МОДИФИЦИРОВАННОГО РАССТОЯНИЯ", "ХАУСДОРФА В ЗАДАЧАХ ИДЕНТИФИКАЦИИ ЛИЧНОСТИ", "ПО РИСУНКУ ВЕН ЛАДОНИ"],
      "Применение модифицированного расстояния Хаусдорфа…"),
     ("MODELLING OF CUSTOMS PROCESSES AND DEVICES",
      ["APPLICATION OF THE MODIFIED HAUSDORFF", "DISTANCE TO THE IDENTIFICATION OF TRAVELLERS", "AT BORDER CROSSINGS"],
      "Application of the modified Hausdorff distance…")],
)
def test_pdf_a_running_head_repeating_two_lines_of_the_title_finds_all_its_lines(rubric: str, title: list[str],
                                                                                 head: str) -> None:
    """A rubric set larger than the title, a title of three lines set a little larger than the body,
    and running heads that repeat its first two lines cut short: the title is all three lines."""
    first = PageLines(595, 842, [Line(rubric, 77, 342, 97, 110, 13.3),
                                 *(Line(text, 58, 375, 136 + 13 * k, 148 + 13 * k, 12.2) for k, text in enumerate(title)),
                                 *_body(300, 11.0)])
    later = [PageLines(595, 842, [Line(head, 41, 243, 42, 50, 8.8), *_body(100, 11.0, 40)]) for _ in range(2)]
    assert compose([first, *later]).title == " ".join(title)


def _columns_page(left: list[str], right: list[str], top: float, size: float = 8.0) -> list[Line]:
    """Two columns of body lines, left and right, from `top` down."""
    lines = [Line(text, 43, 294, top + 10.5 * k, top + 10.5 * k + 8, size) for k, text in enumerate(left)]
    return lines + [Line(text, 312, 563, top + 10.5 * k, top + 10.5 * k + 8, size) for k, text in enumerate(right)]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_pdf_a_short_articles_references_in_small_type_leave_the_body_its_size(lang: str) -> None:
    """A letter of two pages of body and a page of references in smaller type, which hold more
    letters than the body: the body's size is the body's, and the notes under it are notes."""
    words = {"ru": "Таможенные органы обмениваются данными о транзите товаров между странами союза",
             "en": "Customs administrations exchange data on the transit of goods between member states"}[lang]
    note = {"ru": "Данные Федеральной таможенной службы за 2021 год.", "en": "Data of the Federal Customs Service for 2021."}[lang]
    body = [f"{words} {k}" for k in range(25)]
    first = PageLines(595, 793, [*_columns_page(body, body, 100),
                                 Line(f"{words[:40]}1", 43, 294, 370, 378, 8.0, marks=["1"]),
                                 Line("1", 43, 47, 700, 704, 4.2), Line(note, 54, 294, 700, 707, 6.4)])
    second = PageLines(595, 793, _columns_page(body, body, 60))
    references = PageLines(595, 793, _columns_page([f"{k}. Smith J., Lee K. Customs and trade in the union. "
                                                    f"Journal of Customs Studies, 2020, vol. {k}, pp. 1–20."
                                                    for k in range(60)] * 1, [], 60, 6.4)
                           + _columns_page([], [f"{k}. Petrov P. Transit of goods. Vestnik, 2019, no. {k}, pp. 5–9."
                                                for k in range(60)], 60, 6.4))
    layout = compose([first, second, references])
    assert [f.text for f in layout.footnotes] == [note]
    assert note not in layout.pages[0]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_pdf_a_head_across_the_gutter_is_read_as_printed_and_the_columns_under_it(lang: str) -> None:
    """A first page whose masthead, title and names cross the gutter and whose abstract runs across
    most of the page: the columns under them are read one after the other, and a note at the foot of
    the left column leaves the body though the right column goes on beside it."""
    words = {"ru": ("Левая колонка о таможенном транзите", "Правая колонка о таможенном транзите"),
             "en": ("Left column on customs transit", "Right column on customs transit")}[lang]
    note = {"ru": "Единица территориального деления для статистики.", "en": "A unit of territorial division for statistics."}[lang]
    head = [Line("World Customs Journal 136 (2020) 105170", 241, 364, 48, 55, 6.4),
            Line("Contents lists available at a publisher", 229, 380, 74, 81, 7.3),
            Line("World Customs Journal", 236, 372, 97, 111, 13.9),
            Line("journal homepage: www.example.org/wcj", 175, 433, 130, 137, 7.3),
            Line("Customs transit in unequally ageing European regions", 43, 346, 178, 191, 13.4),
            Line("Interdisciplinary Centre on Customs Studies, University of Southern Denmark", 46, 315, 222, 229, 6.4),
            *(Line(f"The map presented in this brief note summarizes the customs transit of the regions {k}.", 207, 563,
                   289 + 9.5 * k, 296 + 9.5 * k, 7.2) for k in range(12))]
    left = [f"{words[0]} {k}" + ("." if k == 17 else "") for k in range(18)]
    right = [f"{words[1]} {k}" for k in range(25)]
    body = _columns_page(left, right, 470)
    body[3] = Line(f"{words[0]} 3 NUTS-3", 43, 294, body[3].top, body[3].bottom, 8.0, marks=["1"])
    foot = [Line(note, 54, 294, 688, 695, 6.4, lead="1")]
    layout = compose([PageLines(595, 793, [*head, *body, *foot])])
    text = layout.pages[0]
    assert [f.text for f in layout.footnotes] == [note] and note not in text
    assert text.index(f"{words[0]} 17") < text.index(f"{words[1]} 0")
    assert text.index("Customs transit in unequally") < text.index(f"{words[0]} 0")


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_pdf_a_sidebar_beside_a_wide_column_is_read_apart(lang: str) -> None:
    """An abstract set in two thirds of the page with a sidebar of key points beside it: the
    abstract's lines run on without the sidebar's between them."""
    main = {"ru": "Основной текст аннотации о рисках таможенного контроля на границе строка",
            "en": "The main text of the abstract on the risks of customs control at the border line"}[lang]
    side = {"ru": "Ключевые выводы исследования", "en": "Key points of the study"}[lang]
    lines = [Line(f"{main} {k}", 48, 391, 185 + 13 * k, 193 + 13 * k, 7.7) for k in range(30)]
    lines += [Line(f"{side} {k}", 425, 555, 179 + 13 * k, 186 + 13 * k, 7.2) for k in range(20)]
    text = compose([PageLines(612, 792, sorted(lines, key=lambda line: line.top))]).pages[0]  # as the text layer gives them
    flat = " ".join(text.split())
    assert " ".join(f"{main} {k}" for k in range(30)) in flat
    assert f"{side} 0" in flat


@pytest.mark.parametrize(("first", "second", "word"), [("Из рисунка видно, что спад доли продолживших образова\u2011", "ние в десятом классе был резким.", "образова"),
                                                       ("The figure shows that the share of pupils who went on in educa\u2011", "tion fell sharply in rural schools.", "educa")])
def test_pdf_body_lines_on_a_page_of_small_type_stay_lines(first: str, second: str, word: str) -> None:
    """A page whose figure sets many labels in small type: its body lines are not display type (the
    document's body size decides), so a word broken at a line's end stays at the line's end, where
    the repair joins it."""
    def page(n: int) -> PageLines:
        lines = [Line(f"{second[:-1]} {n}.{row}", 72, 520, 80 + 14 * row, 91 + 14 * row, 11.0) for row in range(30)]
        return PageLines(595, 842, lines)

    labels = [Line(f"{v}", 80 + 30 * (k % 12), 95 + 30 * (k % 12), 500 + 9 * (k // 12), 507 + 9 * (k // 12), 6.0)
              for k, v in enumerate(range(60))]
    figure_page = PageLines(595, 842, [Line(first, 72, 520, 80, 91, 11.0), Line(second, 72, 520, 94, 105, 11.0), *labels])
    layout = compose([page(0), figure_page, page(2)])  # past the first page
    assert f"{first}\n{second}" in layout.pages[1]
    assert f"{word}\u2011 " not in layout.pages[1]


@pytest.mark.parametrize(("labels", "parts"), [
    (("Abstract", "Keywords"), ("Using longitudinal data we analyse the probabilities of entering the tenth grade",
                                "gender inequality, educational transition, longitudinal study")),
    (("Аннотация", "Ключевые слова"), ("По данным лонгитюдного исследования оценены вероятности перехода в десятый класс",
                                       "гендерное неравенство, образовательный переход, лонгитюдное исследование")),
])
def test_pdf_labels_set_in_the_margin_are_read_before_their_parts(labels: tuple[str, str], parts: tuple[str, str]) -> None:
    """Labels set in the left margin, level with the first line of the part they name, and read by
    pdfium after the whole text block: each opens its part. A note of two lines in the margin («Статья
    поступила / в редакцию») is no label and stays where it stood."""
    lines = [Line(f"{parts[0]} {n}.", 129, 440, 100 + 11 * n, 110 + 11 * n, 9.9) for n in range(10)]
    lines += [Line(parts[1], 129, 440, 230, 240, 9.9)]
    lines += [Line(f"{parts[0]} {n}, again.", 129, 440, 260 + 11 * n, 270 + 11 * n, 9.9) for n in range(10)]
    lines += [Line(labels[0], 84, 117, 100, 111, 12.0), Line(labels[1], 80, 117, 230, 241, 12.0),
              Line("Received", 70, 117, 300, 309, 8.0), Line("in June", 70, 117, 310, 319, 8.0)]
    text = compose([PageLines(504, 720, lines)]).pages[0]
    paragraphs = [p.strip() for p in text.split("\n\n")]
    assert paragraphs[0] == labels[0] and paragraphs[1].startswith(parts[0])
    assert paragraphs[paragraphs.index(labels[1]) + 1] == parts[1]
    assert text.rstrip().endswith("in June") and "Received" not in text.split(labels[1])[0]


@pytest.mark.parametrize("words", ["Customs cooperation in the union goes on", "Таможенное сотрудничество в союзе продолжается"])
def test_pdf_a_short_line_of_the_other_column_is_no_margin_label(words: str) -> None:
    """In two columns a short line of the right column (a heading, a paragraph's last line) level with
    a line of the left one is no label of the margin: it stays in its column."""
    lines = [Line(f"{words} {n}, left.", 60, 290, 100 + 11 * n, 110 + 11 * n, 9.9) for n in range(20)]
    lines += [Line(f"{words} {n}, right.", 310, 540, 100 + 11 * n, 110 + 11 * n, 9.9) for n in range(9)]
    lines += [Line("Results", 310, 350, 210, 220, 9.9)]
    lines += [Line(f"{words} {n}, right again.", 310, 540, 221 + 11 * n, 231 + 11 * n, 9.9) for n in range(9)]
    text = compose([PageLines(595, 842, lines)]).pages[0]
    assert text.index("Results") > text.index(f"{words} 19, left.")


@pytest.mark.parametrize(("title", "author"), [("Customs Cooperation in the Union", "Andrew Wilson"),
                                              ("Таможенное сотрудничество в Союзе", "Иван Сидоров")])
def test_pdf_after_a_cover_sheet_the_authors_over_later_pages_stay_under_the_title(title: str, author: str) -> None:
    """A cover sheet first ("To cite this article:"), then the article's first page with its title and
    the author's name high on the page; later pages repeat the name as their running head: there it
    goes, under the title it stays."""
    body = [Line(f"Body text of the page goes on here, line {n}.", 72, 520, 120 + 14 * n, 131 + 14 * n, 10.0)
            for n in range(30)]
    cover = PageLines(595, 842, [Line("To cite this article: a citation line of the publisher", 72, 520, 300, 311, 10.0),
                                 *body[:5]])
    opening = PageLines(595, 842, [Line(title, 72, 400, 30, 46, 16.0), Line(author, 72, 180, 52, 63, 10.0), *body])
    later = [PageLines(595, 842, [Line(author if n % 2 else "Journal of Customs", 72, 200, 30, 40, 9.0), *body])
             for n in range(2, 7)]
    layout = compose([cover, opening, *later])
    assert author in layout.pages[1]
    assert all(author not in page for page in layout.pages[2:])


@pytest.mark.parametrize(("names", "words"), [
    (["Anna Smith", "Boris Jones", "Clara Brown", "Dmitry Green", "Elena White", "Fedor Black", "Galina Gray",
      "Hugo Stone"], "Customs cooperation in the union goes on"),
    (["Анна Смирнова", "Борис Иванов", "Клара Петрова", "Дмитрий Орлов", "Елена Белова", "Фёдор Чернов",
      "Галина Серова", "Игорь Камнев"], "Таможенное сотрудничество в союзе продолжается"),
])
def test_pdf_rows_of_author_cards_across_the_gutter_are_read_before_the_columns(names: list[str], words: str) -> None:
    """Two rows of four author cards (name, institution, e-mail) side by side over a two-column page,
    close above the abstract: every card is read before the columns, none of them inside a column."""
    lines = [Line("A Title of the Article Set Across the Page", 150, 450, 60, 75, 16.0)]
    for row in range(2):
        for card, x in enumerate((70, 200, 330, 460)):
            top = 100 + 45 * row
            lines += [Line(names[4 * row + card], x, x + 70, top, top + 10, 9.5),
                      Line("Institute", x, x + 45, top + 12, top + 22, 9.0),
                      Line(f"mail{4 * row + card}@inst.org", x, x + 80, top + 24, top + 34, 9.0)]
    lines += [Line(f"{words} {n}, left.", 60, 290, 186 + 11 * n, 196 + 11 * n, 9.9) for n in range(30)]
    lines += [Line(f"{words} {n}, right.", 310, 540, 186 + 11 * n, 196 + 11 * n, 9.9) for n in range(30)]
    text = compose([PageLines(595, 842, lines)]).pages[0]
    first_body = text.index(f"{words} 0, left.")
    assert all(text.index(name) < first_body for name in names)


@pytest.mark.parametrize(("masthead", "issue", "title"), [
    ("ВЕСТНИК ПЕРМСКОГО УНИВЕРСИТЕТА", "2014 Юридические науки Выпуск 4(26)",
     "МЕТОДЫ НАУЧНОГО ИССЛЕДОВАНИЯ В ДИССЕРТАЦИЯХ"),
    ("PERM UNIVERSITY HERALD", "2014 Legal Sciences Volume 4(26)", "METHODS OF SCIENTIFIC RESEARCH IN DISSERTATIONS"),
])
def test_pdf_a_bold_title_a_little_larger_than_the_body_under_the_journals_masthead(masthead: str, issue: str,
                                                                                    title: str) -> None:
    """The journal's name over its issue line is no title; the title in bold, set only a little larger
    than the body, is."""
    lines = [Line(masthead, 182, 413, 38, 49, 10.9), Line(issue, 57, 539, 56, 67, 10.7, bold=True),
             Line(title, 79, 516, 99, 112, 12.4, bold=True)]
    lines += [Line(f"Body text of the article goes on here, line {n}.", 57, 539, 140 + 13 * n, 151 + 13 * n, 10.7)
              for n in range(40)]
    assert compose([PageLines(595, 842, lines)]).title == title


_NS3_LINES = [  # the first lines of a Russian article typeset with LaTeX (T2A and OT1 fonts)
    "Целью данной работы является разбор реализации алгоритма RED в симуляторе",
    "NS-3.",
    "Network Simulator 3 (NS-3) является свободным программным обеспечением,",
    "распространяемым под лицензией GNU GPLv2 и ориентирован на исследовательское",
    "применение, а также применение в образовательных целях.",
]


def _lines_of(texts: list[str], cyrillic: tuple[float, int], latin: tuple[float, int]) -> list[list[Any]]:
    """Each text as a line of characters, its Cyrillic and its Latin letters with their fonts' (size, weight)."""
    from pipeline.ingest.pdflayout import _Char

    out = []
    for n, text in enumerate(texts):
        x, base, row = 60.0, 700.0 - 12 * n, []
        space = False
        for ch in text:
            if ch == " ":
                space, x = True, x + 3.0
                continue
            size, weight = cyrillic if "\u0400" <= ch <= "\u04ff" else latin
            row.append(_Char(ch, x, x + 5.0, base - 2.0, base - 2.0 + size, size, base, weight, space, 0.0))
            space, x = False, x + 5.0
        out.append(row)
    return out


@pytest.mark.parametrize(("cyrillic", "latin"), [((7.0, 685), (8.7, 0)), ((7.0, 400), (7.0, 400)), ((7.0, 0), (8.7, 700))])
def test_pdf_fonts_of_the_two_scripts_with_their_own_metrics(cyrillic: tuple[float, int], latin: tuple[float, int]) -> None:
    """A Russian LaTeX text's Cyrillic font reports taller boxes or a heavier weight than its Latin one:
    a line of Latin words is no change of type, and no line is bold."""
    from pipeline.ingest.pdflayout import _line, _one_size_for_both_scripts, _regular_weight

    groups = _lines_of(_NS3_LINES * 3, cyrillic, latin)
    _one_size_for_both_scripts(groups)
    _regular_weight(groups)
    lines = [_line(group, 842.0) for group in groups]
    assert all(line is not None and not line.bold for line in lines)
    sizes = {line.size for line in lines if line is not None}
    assert max(sizes) - min(sizes) <= 0.05 * min(sizes), sizes


@pytest.mark.parametrize(("usual", "heavy"), [(400, 700), (685, 760)])
def test_pdf_a_bold_heading_stays_bold_among_regular_lines(usual: int, heavy: int) -> None:
    """Bold is what is heavier than the usual weight, however heavy a font reports its regular letters."""
    from pipeline.ingest.pdflayout import _line, _regular_weight

    groups = _lines_of(["Введение", *(_NS3_LINES[2:] * 4)], (7.0, usual), (7.0, 0))
    for c in groups[0]:
        c.weight = heavy
    _regular_weight(groups)
    lines = [_line(group, 842.0) for group in groups]
    assert lines[0] is not None and lines[0].bold and not any(line is not None and line.bold for line in lines[1:])


def test_pdf_a_line_printed_again_over_itself_reads_once() -> None:
    """A word processor's bold made by drawing a line two or three times a hair apart, whole or in part
    («Миграция молодёжи» / "Cohort research on youth migration"); equal cells side by side stay."""
    from pipeline.ingest.pdflayout import _without_overprints

    def line(text: str, x0: float, x1: float, top: float) -> Line:
        return Line(text, x0, x1, top, top + 12, 11.8, bold=True)

    lines = [line("Cohort research on youth migr", 36, 299, 132), line("Cohort research on youth migration", 36, 323, 132.2),
             line("youth migration", 136, 323, 132), line("Миграция молодёжи", 36, 200, 160),
             line("Миграция молодёжи", 36.3, 200.3, 160.1), line("Abstract", 35, 80, 180), line("Abstract", 35, 81, 180),
             line("12.5", 100, 130, 200), line("12.5", 200, 230, 200)]
    assert [x.text for x in _without_overprints(lines)] == [
        "Cohort research on youth migration", "Миграция молодёжи", "Abstract", "12.5", "12.5"]


@pytest.mark.parametrize(
    "sentences",
    [
        ["Authorised economic operator programmes reward traders that meet security standards.",
         "This paper asks whether mutual recognition changes how often shipments are inspected at import.",
         "Using shipment-level data for 38 arrangements we find that inspections fall by a third."],
        ["Программы уполномоченных экономических операторов поощряют надёжных участников торговли.",
         "В статье исследуется, меняет ли взаимное признание частоту досмотра партий при импорте.",
         "По данным о 38 соглашениях частота досмотров снижается на треть."],
    ],
)
def test_pdf_a_paragraph_set_apart_under_the_title_is_the_lead(sentences: list[str]) -> None:
    """A paragraph set apart under the title and the names (bold, smaller, or across the body's columns),
    over the body's regular type, without a label: the abstract of a journal that prints none."""
    from pipeline.ingest.lead import lead

    text = " ".join(sentences)
    width = 95  # characters a line
    rows = [text[k:k + width] for k in range(0, len(text), width)]
    lines = [Line("Mutual recognition and the intensity of customs control", 48, 500, 136, 155, 18.7, bold=True),
             Line("Daniel Okafor, Claire Petit & Yuki Nakamura", 48, 266, 217, 227, 9.8)]
    lines += [Line(row, 48, 547, 240 + 11 * k, 249 + 11 * k, 8.9, bold=True) for k, row in enumerate(rows)]
    lines += [Line(f"Body text of the article goes on here in its own type {n}.", 48, 289, 377 + 11 * n,
                   386 + 11 * n, 8.6) for n in range(20)]
    page = PageLines(595, 842, lines)
    found = lead(page, 8.6)
    assert found is not None and found.startswith(sentences[0][:40]) and found.endswith(sentences[-1][-20:])

    def restyled(size: float, x1: float, down: float = 0) -> PageLines:
        return PageLines(595, 842, [x if not x.bold or x.size > 12 else
                                    Line(x.text, x.x0, x1, x.top + down, x.bottom + down, size) for x in lines])

    # set smaller than the body, or in the body's type across its two columns, it is the lead too
    assert lead(restyled(7.9, 289), 8.6) == found
    assert lead(restyled(8.6, 547), 8.6) == found
    # set larger still (a fifth above the body, the title far larger), with a side column of dates beside it
    larger = restyled(10.4, 547)
    side = [Line(text, 20, 44, 240 + 12 * k, 249 + 12 * k, 9.6) for k, text in
            enumerate(["Received: 16 June 2022", "Accepted: 26 May 2023", "Published: 29 June 2023"])]
    assert lead(PageLines(595, 842, [*larger.lines, *side]), 8.6) == found
    # in the body's own type and measure it is body; smaller, far down the page under lines of the body,
    # a caption or a note
    assert lead(restyled(8.6, 289), 8.6) is None
    assert lead(restyled(7.9, 289, down=400), 8.6) is None


@pytest.mark.parametrize(
    ("first", "tail"),
    [("The aim of this work is the analysis of the implementation of the RED algorithm in the simulator", "NS-3."),
     ("Целью данной работы является разбор реализации алгоритма RED в симуляторе сетей передачи данных", "NS-3.")],
)
def test_pdf_a_bold_word_ending_a_running_sentence_stays_in_its_paragraph(first: str, tail: str) -> None:
    """A sentence that runs to the right margin and ends on the next line in a bold face (a name the
    author set bold) is one paragraph; a bold line after a finished sentence opens its own."""
    def page(previous: str) -> PageLines:
        body = [Line(f"Body text of the article goes on here in its own type, line {n}.", 72, 540, 300 + 14 * n,
                     311 + 14 * n, 10.0) for n in range(20)]
        return PageLines(595, 842, [Line(previous, 72, 540, 200, 211, 10.0), Line(tail, 72, 110, 214, 225, 10.0, bold=True),
                                    *body])
    assert f"{first}\n{tail}\n\n" in compose([page(first)]).pages[0]
    assert f"{first}.\n\n{tail}" in compose([page(first + ".")]).pages[0]


@pytest.mark.parametrize("words", ["Таможенное сотрудничество государств", "Customs cooperation of the states"])
def test_pdf_text_off_the_page_is_left_out(words: str) -> None:
    """A platform's download stamp set beside the page, at the angle of a landscape table's page, is
    never printed: it stays out of the lines; a page whose box is set apart from all its text keeps it."""
    from pipeline.ingest.pdflayout import _Char, _upright

    def chars(text: str, x: float, y: float, angle: float) -> list[_Char]:
        return [_Char(c, x + 5 * n, x + 5 * n + 5, y, y + 10, 10.0, y + 2, 400, False, angle) for n, c in enumerate(text)]

    turned = 3 * math.pi / 2
    stamp = [_Char(c, -5, -1, 20 + 4 * n, 24 + 4 * n, 4.0, 20 + 4 * n, 400, False, turned)  # up the margin, off the page
             for n, c in enumerate("Downloaded from the platform on 10 Oct 2024")]
    page = [c for line in range(4) for c in chars(words, 100, 300 + 20 * line, turned)] + stamp
    kept = "".join(c.char for c in _upright(page, 430, 646)[0])
    assert kept == 4 * words
    apart = chars(words, -900, -900, 0.0)
    assert "".join(c.char for c in _upright(apart, 430, 646)[0]) == words
    # a page turned a quarter: its size is given as shown, its characters keep the unturned page's places
    turned_page = [c for line in range(4) for c in chars(words, 100, 300 + 100 * line, 0.0)]
    assert "".join(c.char for c in _upright(turned_page, 646, 430)[0]) == 4 * words
    # a page whose shown box is set off its origin keeps the running head at its top, above its height
    boxed = chars(words, 224, 797, 0.0) + [c for line in range(4) for c in chars(words, 100, 300 + 20 * line, 0.0)]
    assert "".join(c.char for c in _upright(boxed, 595, 794, (41.9, 46.5, 637.2, 840.2))[0]) == 5 * words
    # upright text a tight crop box leaves out is kept: only a stamp set at an angle beside the page goes
    cropped = [c for line in range(4) for c in chars(words, 100, 300 + 20 * line, 0.0)] + chars(words, 100, 20, 0.0)
    assert "".join(c.char for c in _upright(cropped, 595, 794, (0.0, 46.5, 595.0, 794.0))[0]) == 5 * words


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_pdf_notes_numbered_past_ninety_nine_leave_the_body(lang: str) -> None:
    """A law review's notes run into the hundreds: "116. United States v. Boots ..." under the body that
    marks it is a note as "16." is."""
    body = {"ru": "Таможенные органы обмениваются данными о транзите товаров", "en": "Customs administrations exchange data on goods in transit"}[lang]
    notes = {"ru": ["Постановление Пленума Верховного Суда РФ от 2016 года.", "Там же, с. 240."],
             "en": ["United States v. Boots, 80 F.3d 580, 587 (1st Cir. 1996).", "Wilson, supra note 78, at 240."]}[lang]

    def page(n: int) -> PageLines:
        first = 116 + 2 * n
        lines = [Line(f"{body} {n}.{row}", 72, 520, 80 + 15 * row, 90 + 15 * row, 11.6,
                      marks=[str(first)] if row == 4 else [str(first + 1)] if row == 9 else [])
                 for row in range(30)]
        lines += [Line(f"{first}. {notes[0]}", 80, 520, 560, 569, 9.4), Line(f"{first + 1}. {notes[1]}", 80, 400, 572, 581, 9.4),
                  Line(str(200 + n), 290, 310, 800, 812, 11.6)]
        return PageLines(595, 842, lines)

    layout = compose([page(n) for n in range(3)])
    assert [f.mark for f in layout.footnotes[:4]] == ["116", "117", "118", "119"]
    assert all(notes[0][:15] not in text for text in layout.pages)
