import pytest

from pipeline.lexicon.numbers import NUMBER_RE, NumberError, lang_near, parse_number, scale_of


@pytest.mark.parametrize(
    ("written", "lang", "expected"),
    [
        ("57,6", "ru", 57.6),
        ("1 234,5", "ru", 1234.5),
        ("1\u00a0234,5", "ru", 1234.5),  # no-break space
        ("1\u202f234\u2009567", "ru", 1234567.0),  # narrow and thin spaces
        ("66.2", "en", 66.2),
        ("1,234", "en", 1234.0),
        ("1,234", "ru", 1.234),
        ("1,234,567.5", "en", 1234567.5),
        ("1.234,5", "ru", 1234.5),
        ("2000", "ru", 2000.0),
    ],
)
def test_parse_number(written: str, lang: str, expected: float) -> None:
    assert parse_number(written, lang) == pytest.approx(expected)


@pytest.mark.parametrize("written", ["", "abc", ",5", "1-2"])
def test_parse_number_refuses(written: str) -> None:
    with pytest.raises(NumberError):
        parse_number(written)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("тыс.", 1e3), ("млн", 1e6), ("млрд.", 1e9), ("миллиарда", 1e9), ("трлн", 1e12),
     ("k", 1e3), ("m", 1e6), ("bn", 1e9), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("", 1.0)],
)
def test_scale_of(word: str, expected: float) -> None:
    assert scale_of(word) == expected


def test_scale_of_refuses_other_words() -> None:
    with pytest.raises(NumberError):
        scale_of("долларов")


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("составил 1 234,5 тонн", ["1 234,5"]),
        ("от 08.12.1999 «О создании»", []),  # a date is not read as numbers
        ("US$ 66.2 billion and 1,234,567 items", ["66.2", "1,234,567"]),
        ("в 2016 году 15 000 тонн", ["2016", "15 000"]),
    ],
)
def test_number_pattern(text: str, numbers: list[str]) -> None:
    assert [m.group() for m in NUMBER_RE.finditer(text)] == numbers


def test_lang_near() -> None:
    assert lang_near("экспорт составил 1,234 млрд", 17) == "ru"
    assert lang_near("exports reached 1,234 billion", 16) == "en"
