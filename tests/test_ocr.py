"""OCR of PDF pages: scans made here from known text (clean, grainy and turned, two columns), the team's
scanned order and broken-font code, the --ocr modes, the warnings, and a machine without Tesseract."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import make_scans
import pytest
from helpers import make_article
from PIL import Image

from pipeline import analyze
from pipeline.batch.runner import run
from pipeline.ingest import load
from pipeline.ingest.document import describe_pages
from pipeline.ingest.ocr import tesseract_languages
from pipeline.ingest.scan import skew, smooth, straighten
from pipeline.nlp.models import Models
from pipeline.record import SCHEMA_VERSION, Article
from pipeline.render.highlight import body_view
from pipeline.serialize import to_dict, validate
from pipeline.settings import Settings

RU = """Федеральная таможенная служба (ФТС России) и Государственный таможенный комитет Республики Беларусь \
подписали 12 марта 2021 года соглашение об обмене информацией о товарах, перемещаемых через таможенную \
границу Евразийского экономического союза.

В 2020 году товарооборот между странами составил 29,5 млрд долларов США, что на 7,4% меньше, чем годом \
ранее. Стороны договорились развивать электронное декларирование и систему управления рисками до 2025 года.

Таможенный кодекс ЕАЭС вступил в силу 1 января 2018 года и заменил Таможенный кодекс Таможенного союза."""

EN = """The Federal Customs Service of Russia and the World Customs Organization signed a memorandum of \
understanding on 5 June 2019 in Brussels. The parties agreed to share risk profiles and to train customs officers.

In 2021 the trade turnover between the member states of the Eurasian Economic Union reached 72.6 billion \
US dollars, an increase of 31.9 percent compared with the previous year."""

CLEAN = 0.97  # character accuracy on clean renders, as the issue asks
ROUGH = 0.93  # on grainy pages turned by a few degrees; they read at 0.99 and above today
_CONFIDENCE = re.compile(r"^(pages? [\d, -]+) read by OCR, mean confidence (\d+)%$")


def _needs_font() -> None:
    if not make_scans.FONT.is_file():
        pytest.skip(f"{make_scans.FONT} is needed to typeset the scans (apt-get install fonts-dejavu-core)")


def _needs_tesseract() -> None:
    _needs_font()
    if not {"rus", "eng"} <= (tesseract_languages(Settings.tesseract) or set()):
        pytest.skip("Tesseract with Russian and English is not installed "
                    "(apt-get install tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng)")


def _pdf(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _ocr_warning(warnings: list[str]) -> tuple[str, int]:
    """The pages and the confidence the OCR warning names; fails when there is not exactly one."""
    found = [m for w in warnings if (m := _CONFIDENCE.match(w))]
    assert len(found) == 1, warnings
    return found[0].group(1), int(found[0].group(2))


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Image-only PDFs of the texts above: clean, grainy and turned, and set in two columns."""
    _needs_tesseract()
    folder = tmp_path_factory.mktemp("scans")
    _pdf(folder, "ru_clean.pdf", make_scans.scan(RU))
    _pdf(folder, "en_clean.pdf", make_scans.scan(EN))
    _pdf(folder, "ru_rough.pdf", make_scans.scan(RU, noise=40, angle=3))
    _pdf(folder, "en_rough.pdf", make_scans.scan(EN, noise=30, angle=-6))
    _pdf(folder, "two_columns.pdf", make_scans.scan(f"{RU}\n\n{EN}\n\n{RU}", columns=2))
    _pdf(folder, "ru_text_layer.pdf", make_scans.typeset(RU))
    return folder


@pytest.mark.parametrize(
    ("name", "truth", "floor"),
    [
        ("ru_clean.pdf", RU, CLEAN),
        ("en_clean.pdf", EN, CLEAN),
        ("two_columns.pdf", f"{RU}\n\n{EN}\n\n{RU}", CLEAN),  # the order of the columns counts too
        ("ru_rough.pdf", RU, ROUGH),
        ("en_rough.pdf", EN, ROUGH),
    ],
)
def test_scans_read_back_their_text(scans: Path, name: str, truth: str, floor: float) -> None:
    document = load(scans / name, Settings())
    assert document.ocr_pages == list(range(1, len(document.pages) + 1))
    assert make_scans.accuracy("\n".join(document.pages), truth) >= floor
    pages, confidence = _ocr_warning(document.warnings)
    assert pages == describe_pages(document.ocr_pages) and 80 <= confidence <= 100


def test_ocr_text_goes_through_the_same_stages_as_any_text(scans: Path, models: Models) -> None:
    scanned, typed = analyze(scans / "ru_clean.pdf", models=models), analyze(RU, models=models)

    def facts(article: Article) -> dict[str, set[str]]:
        return {kind: {getattr(f, key) for f in getattr(article, kind)}
                for kind, key in (("organisations", "name"), ("treaties", "title"), ("dates", "value"),
                                  ("figures", "text"), ("countries", "iso2"))}

    assert facts(scanned) == facts(typed)
    assert "Федеральная таможенная служба" in {o.name for o in scanned.organisations}
    assert scanned.ocr_pages == [1] and scanned.schema_version == SCHEMA_VERSION == "1.3"
    record = to_dict(scanned)
    validate(record)
    assert record["ocr_pages"] == [1]


def test_ocr_off_keeps_a_scan_without_text(scans: Path) -> None:
    document = load(scans / "ru_clean.pdf", Settings(ocr="off"))
    assert document.pages == [""] and document.ocr_pages == []
    assert document.warnings == ["page 1 has no text layer"]


def test_auto_leaves_a_text_layer_alone_and_force_reads_it_again(scans: Path) -> None:
    auto = load(scans / "ru_text_layer.pdf", Settings())
    assert auto.ocr_pages == [] and auto.warnings == []
    forced = load(scans / "ru_text_layer.pdf", Settings(ocr="force"))
    assert forced.ocr_pages == [1]
    assert _ocr_warning(forced.warnings)[0] == "page 1"
    assert make_scans.accuracy(forced.pages[0], RU) >= CLEAN


def test_without_tesseract_the_run_goes_on_and_says_what_to_install(scans: Path, models: Models) -> None:
    settings = Settings(tesseract="/nowhere/tesseract")
    article = analyze(scans / "ru_clean.pdf", settings, models)
    assert article.ocr_pages == [] and not article.text
    assert ("page 1 not read by OCR: Tesseract was not found at /nowhere/tesseract (install the Debian packages "
            "tesseract-ocr tesseract-ocr-rus tesseract-ocr-eng)") in article.warnings


def test_without_the_main_language_pages_are_not_read(scans: Path) -> None:
    document = load(scans / "ru_clean.pdf", Settings(ocr_languages=("xx_yy", "eng")))
    assert document.ocr_pages == [] and document.pages == [""]
    assert ("page 1 not read by OCR: Tesseract has no data for xx_yy (install the Debian package "
            "tesseract-ocr-xx-yy)") in document.warnings


def test_without_another_language_pages_are_read_in_the_main_one(scans: Path) -> None:
    document = load(scans / "ru_clean.pdf", Settings(ocr_languages=("rus", "xx")))
    assert document.ocr_pages == [1]
    assert ("Tesseract has no data for xx (install the Debian package tesseract-ocr-xx): pages read by OCR "
            "in rus only") in document.warnings


def test_pages_past_the_time_limit_are_left_unread_with_a_warning(scans: Path) -> None:
    document = load(scans / "ru_clean.pdf", Settings(timeout_s=0))
    assert document.ocr_pages == []
    assert "page 1 not read by OCR: the time limit of 0 s was reached (raise it with --timeout)" in document.warnings


def test_a_batch_reads_scans_in_its_workers_and_marks_their_pages(scans: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes((scans / "ru_clean.pdf").read_bytes())
    settings = Settings(jobs=1, progress=False, timeout_s=120.0)
    result = run([folder], tmp_path / "out", settings, stream=io.StringIO())
    assert not result.failures and result.outcomes[0].timings["load"] > 0
    record = json.loads((tmp_path / "out" / "scan.pdf.json").read_text("utf-8"))
    assert record["ocr_pages"] == [1] and "Федеральная таможенная служба" in record["text"]
    page = (tmp_path / "out" / "scan.pdf.html").read_text("utf-8")
    assert "1 · OCR</div>" in page


def test_page_marks_say_which_pages_were_read_by_ocr() -> None:
    text = "Первая страница.\n\nВторая страница."
    article = make_article(text, "s.pdf", "pdf", page_starts=[0, text.index("Вторая")], ocr_pages=[2])
    marks = [b for b in body_view(article, {}) if b["kind"] == "page"]
    assert [(m["n"], m["ocr"]) for m in marks] == [(1, False), (2, True)]


@pytest.mark.parametrize(("numbers", "expected"), [
    ([3], "page 3"), ([1, 2, 3, 4], "pages 1-4"), ([5, 1, 2], "pages 1-2, 5"), ([2, 4], "pages 2, 4"),
])
def test_describe_pages(numbers: list[int], expected: str) -> None:
    assert describe_pages(numbers) == expected


@pytest.fixture(scope="module")
def page() -> Image.Image:
    _needs_font()
    return make_scans.render(make_scans.typeset(RU))[0]


@pytest.mark.parametrize("angle", [-6.0, -2.0, 3.0, 8.0])
def test_skew_is_measured_and_undone(page: Image.Image, angle: float) -> None:
    turned = make_scans.roughen(page, noise=5, angle=angle)
    assert abs(skew(turned) - angle) <= 0.3
    assert abs(skew(straighten(turned))) < 1.0


def test_grain_is_smoothed_away_and_a_clean_level_page_left_as_it_is(page: Image.Image) -> None:
    assert straighten(smooth(page)) is page
    grainy = make_scans.roughen(page, noise=40, angle=0)
    assert smooth(grainy) is not grainy


# ---------------------------------------------------------------- the team's shared PDFs


@pytest.fixture(scope="module")
def scanned_order(shared_pdf: Path, models: Models) -> Article:
    _needs_tesseract()
    return analyze(shared_pdf / "hostile_scanned_ru_image_only_4p.pdf", models=models)


@pytest.fixture(scope="module")
def criminal_code(shared_pdf: Path, models: Models) -> Article:
    _needs_tesseract()
    return analyze(shared_pdf / "hostile_ru_broken_tounicode.pdf", models=models)


def test_the_scanned_order_names_its_federal_service(scanned_order: Article) -> None:
    article = scanned_order
    assert article.ocr_pages == [1, 2, 3, 4]
    pages, confidence = _ocr_warning(article.warnings)
    assert pages == "pages 1-4" and confidence >= 85
    assert article.language == "ru"
    assert "ФСТЭК России" in article.text and "Федеральной службой по техническому и экспортному контролю" in article.text
    names = {n for o in article.organisations for n in (o.name, o.abbreviation, *o.aliases) if n}
    assert "Федеральная служба по техническому и экспортному контролю" in names
    assert any("ФСТЭК" in name for name in names)
    validate(to_dict(article))


def test_the_broken_font_gives_the_criminal_code(criminal_code: Article) -> None:
    article = criminal_code
    assert article.ocr_pages == [1, 2]
    pages, confidence = _ocr_warning(article.warnings)
    assert pages == "pages 1-2" and confidence >= 85
    assert "page 1: text layer is unreadable (broken font encoding)" in article.warnings
    assert article.text.startswith("Уголовный кодекс Российской Федерации")
    codes = [t for t in article.treaties if t.kind == "code"]
    assert any(t.title.startswith("Уголовный кодекс Российской Федерации") and t.date == "1996-06-13" for t in codes)
