"""A page range cut from an issue: its first page opens with the end of the article before, and the
article's own front matter begins lower on that page."""

from __future__ import annotations

import pytest
from helpers import context, make_article

from pipeline.layout.parts import parts
from pipeline.layout.previous import previous_tail
from pipeline.layout.structure import structure
from pipeline.record import Article

PROSE_RU = ("Таким образом, распределение промысловых квот по историческому принципу закрепляет положение крупных "
            "холдингов. Переход к аукционам требует компенсировать прибрежным артелям рост издержек.")
PROSE_EN = ("In conclusion, the crop insurance scheme has reached the large estates first. Extending the subsidy on "
            "premiums to small growers would cost little and keep many of them from selling their land.")
ENTRIES_RU = ["3. Лаптев И. С. Аукционы на промысловые квоты // Вопросы рыболовства. 2020. Т. 21, № 2. С. 155–170.",
              "4. Носова Т. В. Маломерный флот Кольского полуострова // Морские биоресурсы. 2019. № 3. С. 44–52."]
FRONT_RU = ["УДК 339.543", "ТАМОЖЕННЫЙ ТРАНЗИТ В ЕВРАЗИЙСКОМ СОЮЗЕ", "Д. А. Воронцов, А. М. Сарсенбаева",
            "Аннотация. Статья посвящена таможенному транзиту в союзе."]
FRONT_EN = ["Customs transit in the Eurasian Economic Union", "D. A. Vorontsov, A. M. Sarsenbayeva",
            "Abstract. The article examines customs transit in the union."]
NOTE_EN = ("Margaret Ellison is a senior lecturer in agricultural economics at the University of Redlands Valley, "
           "where she studies risk among small farms. E-mail: m.ellison@example.edu")
NOTE_RU = ("Маргарита Эллисон — доцент кафедры аграрной экономики Университета Редлендс-Вэлли, изучает риски малых "
           "хозяйств. E-mail: m.ellison@example.edu")


@pytest.mark.parametrize(
    ("paragraphs", "hint", "expected"),
    [
        # the article's end broken off mid-sentence, its conclusion, then the catalogue line and the title
        (["ных хозяйств прибрежных районов, которые получают квоты по остаточному принципу.", PROSE_RU, *FRONT_RU],
         None, range(0, 2)),
        # its last reference entries and its citation line over the catalogue line
        ([*ENTRIES_RU, "Для цитирования: Шевелёв А. Д. Промысловые квоты // Вестник. 2023. Т. 9, № 2. С. 21–33.",
          *FRONT_RU], None, range(0, 3)),
        # prose over a catalogue line: the front matter begins with it
        ([PROSE_RU, *FRONT_RU], None, range(0, 1)),
        # the journal's head stays with the article; what follows it is the other article's
        (["ВЕСТНИК ТАМОЖЕННОГО СОТРУДНИЧЕСТВА", "2023. Т. 9, № 2. С. 34–41", *ENTRIES_RU, *FRONT_RU], None, range(2, 4)),
        # English: a paragraph broken off, then the title (seen by its names) and the names
        (["of the smaller vineyards in the valley, which sell their grapes to the cooperative at fixed prices.",
          PROSE_EN, *FRONT_EN], None, range(0, 2)),
        # a note on the other article's author over a DOI line
        ([NOTE_EN, "DOI: 10.5555/jcbs.2023.7.1.113", *FRONT_EN], None, range(0, 1)),
        # the layout's title over prose broken off
        (["of the smaller vineyards in the valley, which sell their grapes to the cooperative at fixed prices.",
          *FRONT_EN], FRONT_EN[0], range(0, 1)),
        # not so: an article's own front matter from the page's head
        (["Journal of Customs Studies. 2020. Vol. 3, No. 2", *FRONT_EN], None, range(0)),
        ([*FRONT_RU], None, range(0)),
        # an abstract without its label that the reading order set over the title is this article's
        ([PROSE_EN, *FRONT_EN[:2], "1. Introduction"], FRONT_EN[0], range(0)),
        # a note on a person whose card (the name alone, the place) stands above it is this article's: a side
        # column of the authors' cards read before the title; without the card the note is the other article's
        (["Margaret Ellison", "University of Redlands Valley", NOTE_EN, *FRONT_EN], FRONT_EN[0], range(0)),
        (["Маргарита Эллисон", "Университет Редлендс-Вэлли", NOTE_RU, *FRONT_RU[1:]], FRONT_RU[1], range(0)),
        ([NOTE_RU, *FRONT_RU[1:]], FRONT_RU[1], range(0, 1)),
        # a citation line of this article printed over its catalogue line is its own apparatus
        (["Для цитирования: Воронцов Д. А. Таможенный транзит // Вестник. 2023. Т. 9, № 2. С. 34–41.", *FRONT_RU],
         None, range(0)),
    ],
)
def test_the_end_of_the_article_before_is_told_from_the_front_matter(paragraphs: list[str], hint: str | None,
                                                                     expected: range) -> None:
    assert previous_tail(paragraphs, 0, len(paragraphs), hint) == expected


def _read(text: str, page_starts: list[int] | None = None) -> Article:
    article = make_article(text, name="x.pdf", fmt="pdf", page_starts=page_starts or [0])
    return structure(parts(article, context()), context())


def test_the_end_of_the_article_before_leaves_the_text_with_a_warning() -> None:
    tail = ["ных хозяйств прибрежных районов, которые получают квоты по остаточному принципу.", PROSE_RU]
    body = ("Таможенные органы государств союза обмениваются сведениями о товарах. Обмен ускоряет выпуск "
            "товаров и снижает издержки участников внешнеэкономической деятельности. ") * 4
    article = _read("\n\n".join([*tail, *FRONT_RU, "Введение", body]))
    assert article.title == "ТАМОЖЕННЫЙ ТРАНЗИТ В ЕВРАЗИЙСКОМ СОЮЗЕ"
    assert [a.name for a in article.authors] == ["Д. А. Воронцов", "А. М. Сарсенбаева"]
    assert article.identifiers["udc"] == "339.543"
    assert "квот" not in article.text and "Таможенные органы" in article.text
    chars = sum(map(len, tail))
    assert any("previous article" in w and f"{chars} characters" in w for w in article.warnings), article.warnings


def test_only_the_first_page_may_open_with_the_article_before() -> None:
    """Prose on page 2 over a catalogue line of a later block is no tail of the first page."""
    first = "\n\n".join(FRONT_RU + ["Введение", PROSE_RU])
    text = first + "\n\n" + "\n\n".join([PROSE_RU, "УДК 339.5", "CUSTOMS TRANSIT", "D. A. Vorontsov"])
    article = _read(text, page_starts=[0, len(first) + 2])
    assert not any("previous article" in w for w in article.warnings)
