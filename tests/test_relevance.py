"""Relevance: an article about customs or trade cooperation scores high and gets its directions; one
about something else scores low and gets none, whatever cue words its lists hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import analyze
from pipeline.digest.relevance import sentence_count
from pipeline.nlp.models import Models
from pipeline.record import Token
from pipeline.settings import Settings

# a paper about law firms' addresses, with one passing mention of trade and a list of "directions"
RU_LAW_FIRMS = """Адреса юридических фирм Москвы: опыт картографирования

Юридические фирмы Москвы концентрируются в нескольких деловых кварталах центра города. \
Мы собрали адреса 412 фирм по данным открытых реестров и нанесли их на карту. \
Большая часть фирм арендует офисы в бизнес-центрах класса А. \
Некоторые фирмы консультируют по вопросам международной торговли. Основные направления работы фирм включают:

- обмен информацией с клиентами;

- электронный документооборот с судами;

- совершенствование правил внутреннего распорядка.

Плотность фирм убывает от Садового кольца к окраинам.
"""

EN_LAW_FIRMS = """Where London's law firms are: a map of their addresses

Law firms in London cluster in a few districts of the City and Holborn. \
We collected the addresses of 380 firms from public registers and mapped them. \
Most firms rent offices in large buildings near the courts. \
A few firms advise clients on international trade law. The main directions of the firms' work include:

- the exchange of information with clients;

- electronic filing of documents with the courts;

- harmonisation of internal rules.

The density of firms falls with the distance from the Royal Courts of Justice.
"""

RU_SPORTS = """«Спартак» обыграл ЦСКА в московском дерби

В воскресенье «Спартак» победил ЦСКА со счётом 2:1 на своём стадионе. \
Первый гол забил Соболев на 12-й минуте, ответный мяч провёл Чалов. \
Победу красно-белым принёс удар Промеса в концовке матча. Главные задачи клуба на новый сезон:

- обмен информацией между тренерами молодёжных команд;

- цифровая платформа для болельщиков;

- модернизация стадиона и его инфраструктуры.

Следующий матч команда проведёт в Казани.
"""

EN_SPORTS = """Arsenal beat Chelsea in the London derby

On Sunday Arsenal beat Chelsea 2-1 at the Emirates Stadium. \
Saka scored in the 12th minute, Palmer equalised before the break, and Havertz won it late on. \
The club's main objectives for the new season are the following:

- information sharing between the coaches of the youth teams;

- a digital platform for the supporters;

- better transport infrastructure around the stadium.

The team plays its next match in Manchester.
"""


@pytest.mark.parametrize("text", [RU_LAW_FIRMS, EN_LAW_FIRMS, RU_SPORTS, EN_SPORTS],
                         ids=["ru-law-firms", "en-law-firms", "ru-sports", "en-sports"])
def test_an_article_not_about_customs_has_low_relevance_and_no_directions(text: str, models: Models) -> None:
    article = analyze(text, models=models)
    assert article.relevance < 0.1 < Settings().min_relevance
    assert article.directions == []
    ungated = analyze(text, models=models, settings=Settings(min_relevance=0.0))
    assert ungated.directions, "its lists would give directions: relevance is what keeps them out"


@pytest.mark.parametrize("name", ["eaeu_customs_cooperation.txt", "russia_belarus_customs.txt",
                                  "eaeu_customs_cooperation.pdf", "russia_belarus_customs.pdf"])
def test_the_sample_customs_articles_have_high_relevance(name: str, corpora: Path, models: Models) -> None:
    article = analyze(corpora / name, models=models)
    assert article.relevance >= 0.9
    assert len(article.directions) >= 5


# trade as a market and a variable: an economics paper about imports, prices and votes, no cooperation
EN_IMPORT_COMPETITION = """Import competition and local elections

We study how import competition from low-wage countries shaped voting in manufacturing districts. \
Imports of furniture and textiles rose sharply after 2001, and tariffs on these goods fell to low levels. \
Districts more exposed to imports lost manufacturing jobs and shifted their votes. \
We measure exposure with the share of imports in local employment and with tariff cuts by industry. \
Lower tariffs reduced prices for consumers, while export growth favoured a few large firms. \
Trade shocks explain a fifth of the swing in votes between 2002 and 2010.

Our results hold when we control for the local demand for housing.
"""

RU_IMPORT_COMPETITION = """Импорт и занятость в обрабатывающих регионах

Мы изучаем, как рост импорта из стран с низкой оплатой труда сказался на занятости в промышленных районах. \
Импорт мебели и текстиля резко вырос после 2001 года, а тарифы на эти товары снизились. \
Районы, сильнее открытые импорту, потеряли рабочие места в обрабатывающей промышленности. \
Мы измеряем открытость долей импорта в местной занятости и снижением тарифов по отраслям. \
Снижение тарифов удешевило товары для потребителей, а рост экспорта выгоден немногим крупным фирмам. \
Торговые шоки объясняют пятую часть изменения занятости между 2002 и 2010 годами.

Результаты устойчивы к учёту местного спроса на жильё.
"""

# the same market as the subject of an agreement between states: trade between partners
EN_TRADE_AGREEMENT = """Tariff cuts under the free trade agreement

The two countries signed a free trade agreement in 2019 to cut tariffs on furniture and textiles. \
Under the agreement, tariffs on most goods fall to zero within five years. \
The partners also agreed to harmonise rules of origin and to simplify customs procedures at the border. \
Negotiations on a second stage of tariff cuts began in 2023.
"""

RU_TRADE_AGREEMENT = """Снижение тарифов по соглашению о свободной торговле

Две страны подписали соглашение о свободной торговле в 2019 году, чтобы снизить тарифы на мебель и текстиль. \
По соглашению тарифы на большинство товаров снизятся до нуля за пять лет. \
Стороны также договорились о гармонизации правил происхождения товаров и об упрощении таможенных процедур. \
Переговоры о втором этапе снижения тарифов начались в 2023 году.
"""


@pytest.mark.parametrize(("text", "body"), [
    ("Mutual trade within the Eurasian Economic Union grew by a tenth in 2016.\n\nExports of machinery rose, and "
     "imports of food fell.", "Eurasian Economic Union"),
    ("Торговля внутри Евразийского экономического союза выросла на десятую часть.\n\nЭкспорт машин вырос, "
     "а импорт продовольствия снизился.", "Евразийский экономический союз"),
])
def test_trade_in_a_paragraph_naming_a_union_of_states_is_cooperation(text: str, body: str, models: Models) -> None:
    """A registered integration union named in the paragraph makes its trade trade between partners; the next
    paragraph, which names none, counts nothing."""
    from pipeline.digest.enumerations import units
    from pipeline.digest.relevance import cooperating_blocks

    article = analyze(text, models=models)
    assert body in {o.name for o in article.organisations}
    pieces = units(article)
    blocks = cooperating_blocks(article, pieces)
    assert [piece.block in blocks for piece in pieces] == [True, False]
    assert article.relevance > 0


@pytest.mark.parametrize("text", [
    "Under NAFTA, tariffs on car parts fell to zero by 1998.\n\nImports of cars rose.",
    "После вступления в силу Киотской конвенции импорт вырос.\n\nЭкспорт снизился.",
], ids=["en", "ru"])
def test_trade_in_a_paragraph_naming_an_act_between_states_is_cooperation(text: str, models: Models) -> None:
    """An agreement or a convention between states the text names by its letters or its place («Киотская
    конвенция», "NAFTA") makes its paragraph's trade trade between partners; the next paragraph's is not."""
    from pipeline.digest.enumerations import units
    from pipeline.digest.relevance import cooperating_blocks

    article = analyze(text, models=models)
    assert article.treaties
    pieces = units(article)
    assert [piece.block in cooperating_blocks(article, pieces) for piece in pieces] == [True, False]


@pytest.mark.parametrize("text", [EN_IMPORT_COMPETITION, RU_IMPORT_COMPETITION], ids=["en", "ru"])
def test_trade_as_a_market_is_no_cooperation(text: str, models: Models) -> None:
    """Sentence after sentence of imports, exports and tariffs, with no word or body of cooperation: no relevance,
    and no direction from its tariffs even when the relevance gate is open."""
    article = analyze(text, models=models)
    assert article.relevance < Settings().min_relevance
    assert article.directions == []
    ungated = analyze(text, models=models, settings=Settings(min_relevance=0.0))
    assert "tariff_regulation" not in {d.id for d in ungated.directions}


@pytest.mark.parametrize("text", [EN_TRADE_AGREEMENT, RU_TRADE_AGREEMENT], ids=["en", "ru"])
def test_trade_under_an_agreement_is_cooperation(text: str, models: Models) -> None:
    article = analyze(text, models=models)
    assert article.relevance >= 0.5
    assert "tariff_regulation" in {d.id for d in article.directions}


RU_BETWEEN_STATES = """Молочная война

Сегодня прекращаются поставки в Россию белорусского молока. Россельхознадзор объявил об усилении контроля продукции \
трёх заводов. Проверки идут каждую неделю. Ранее ведомство запретило ввоз в Россию белорусских сыров. Заводы \
обещают исправиться. Лаборатории работают без выходных. Экспорт белорусской молочной продукции в Россию упал вдвое.
"""
EN_BETWEEN_STATES = """The milk war

Supplies of Belarusian milk to Russia stop today. The Russian watchdog announced tighter checks of three plants. \
Checks take place every week. Earlier the watchdog banned imports of Belarusian cheese into Russia. The plants \
promise to improve. The laboratories work without a break. Exports of Belarusian dairy products to Russia halved.
"""


@pytest.mark.parametrize("text", [RU_BETWEEN_STATES, EN_BETWEEN_STATES], ids=["ru", "en"])
def test_trade_between_two_states_a_sentence_names_is_between_partners(text: str, models: Models) -> None:
    # (no word of cooperation and no union: two states, by their names or their adjectives, trading)
    assert analyze(text, models=models).relevance >= Settings().min_relevance


RU_CUSTOMS_MEETING = "Таможенные органы двух стран провели совещание в Минске. Вчера участники обсуждали цифровизацию."
EN_CUSTOMS_MEETING = ("The customs services of the two countries met in Minsk. "
                      "Yesterday the delegates discussed digitalisation.")


@pytest.mark.parametrize(("text", "again"), [
    (RU_CUSTOMS_MEETING, " Сегодня о цифровизации говорили эксперты таможенной службы."),
    (EN_CUSTOMS_MEETING, " Today experts of the customs service spoke about digitalisation."),
])
def test_no_direction_from_one_passing_cue(text: str, again: str, models: Models) -> None:
    """A strong cue once in a plain sentence is a word that occurs; said twice it is a direction."""
    assert analyze(text + "\n", models=models).directions == []
    assert [d.id for d in analyze(text + again + "\n", models=models).directions] == ["digitalization"]


@pytest.mark.parametrize(("words", "count"), [
    ([("trade", 0), ("co", 6), ("-", 8), ("operation", 9)], 0.5),  # "trade co-operation": one word, cut at its hyphen
    ([("trade", 0), ("co", 6), ("-", 9), ("operation", 11)], 0.0),  # "trade co - operation": a dash between words
])
def test_a_word_cut_at_its_hyphen_counts_whole(words: list[tuple[str, int]], count: float) -> None:
    tokens = [Token(w, at, at + len(w), w) for w, at in words]
    assert sentence_count(tokens) == count


@pytest.mark.parametrize(("words", "cooperating", "count"), [
    (["таможенный", "орган"], False, 1.0), (["customs", "service"], False, 1.0),
    (["important", "meeting"], False, 0.0), (["матч", "команда"], False, 0.0),
    # trade counts where it is trade between partners: a word of cooperation, or a body or an act of
    # cooperation named in its paragraph (`cooperating`); trade as a market counts nothing
    (["товарооборот", "вырасти"], False, 0.0), (["trade", "grow"], False, 0.0),
    (["товарооборот", "вырасти"], True, 0.5), (["trade", "grow"], True, 0.5),
    (["соглашение", "о", "свободный", "торговля"], False, 0.5), (["free", "trade", "agreement"], False, 0.5),
    (["пошлина", "вырасти"], False, 1.0), (["tariff", "rise"], False, 0.0), (["tariff", "negotiation"], False, 0.5),
    (["import", "competition", "raise", "vote"], False, 0.0), (["импорт", "из", "китай", "расти"], False, 0.0),
    (["bilateral", "trade", "flow"], False, 0.0), (["trading", "partner"], False, 0.0),
    # a country's inner trade is no cooperation; a trade word away from the domestic one still counts
    (["розничный", "торговля", "расти"], True, 0.0), (["retail", "trade", "grow"], True, 0.0),
    (["товарооборот", "розничный", "торговый", "предприятие"], True, 0.0),
    (["розничный", "сеть", "открыть", "магазин", "а", "экспорт", "расти"], True, 0.5),
    (["retail", "sales", "rose", "while", "the", "exports", "fell"], True, 0.5),
])
def test_what_a_sentence_counts(words: list[str], cooperating: bool, count: float) -> None:
    tokens = [Token(w, 0, len(w), w) for w in words]
    assert sentence_count(tokens, cooperating) == count


@pytest.mark.parametrize("text", [
    "Технический регламент ЕАЭС\n\nЕвразийская экономическая комиссия приняла технический регламент Евразийского "
    "экономического союза об ограничении опасных веществ. Регламент вступит в силу в 2018 году. Производители "
    "электроники готовятся к нему. Технический регламент ЕАЭС обяжет их пройти сертификацию продукции в странах "
    "Евразийского экономического союза. Компании закупают новое оборудование.",
    "A technical regulation of the EAEU\n\nThe Eurasian Economic Commission adopted a technical regulation of the "
    "Eurasian Economic Union restricting hazardous substances. The regulation comes into force in 2018. Makers of "
    "electronics are getting ready. The technical regulation of the Eurasian Economic Union will require the "
    "certification of their products. Companies are buying new equipment.",
])
def test_a_measure_of_cooperation_its_cues_name_makes_an_article_about_cooperation(text: str, models: Models) -> None:
    """No customs or trade word: technical regulation and certification in a union of states are cooperation the
    directions' cues name, and the article gets that direction."""
    article = analyze(text, models=models)
    assert article.relevance >= Settings().min_relevance
    assert "tariff_regulation" in {d.id for d in article.directions}
