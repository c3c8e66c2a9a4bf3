"""Directions of cooperation: cue sequences in list and aim contexts, both languages, and what must not count."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import context, make_article

from pipeline import analyze
from pipeline.digest.cues import compile_cue, load_lexicon
from pipeline.digest.directions import THRESHOLD, extract_directions
from pipeline.digest.enumerations import find_enumerations, units
from pipeline.digest.relevance import measure_relevance
from pipeline.layout.structure import structure
from pipeline.nlp.annotate import annotate
from pipeline.nlp.models import Models
from pipeline.record import Article
from pipeline.serialize import to_dict, validate
from pipeline.settings import Settings


def analyse(text: str, models: Models, blocks: bool = True) -> Article:
    article = make_article(text)
    if blocks:
        structure(article, context())
    annotate(article, context())
    measure_relevance(article, context())
    return extract_directions(article, context())


def ids(article: Article) -> set[str]:
    return {d.id for d in article.directions}


RU_INTRO = "Основные направления сотрудничества таможенных служб двух стран включают:"
RU_OTHER = "- расширение культурных и гуманитарных связей между регионами."
EN_INTRO = "The main directions of cooperation between the two customs services are the following:"
EN_OTHER = "- wider cultural and humanitarian ties between the regions."

RU_ITEMS = [
    ("- гармонизация таможенного законодательства и его сближение с международными стандартами;", "legislation"),
    ("- унификация законодательства государств в таможенной сфере;", "legislation"),
    ("- организация совместного таможенного контроля в пунктах на общей границе;", "joint_control"),
    ("- взаимное признание результатов таможенного контроля и документов;", "joint_control"),
    ("- обмен информацией о товарах и транспортных средствах между таможенными органами;", "information_exchange"),
    ("- внедрение электронного декларирования и механизма «единого окна»;", "digitalization"),
    ("- развитие систем управления рисками таможенных органов;", "risk_management"),
    ("- борьба с контрабандой и иными таможенными правонарушениями;", "enforcement"),
    ("- упрощение таможенных процедур и ускорение перемещения товаров через границу;", "trade_facilitation"),
    ("- развитие института уполномоченного экономического оператора;", "aeo"),
    ("- модернизация пунктов пропуска и развитие таможенной инфраструктуры;", "infrastructure"),
    ("- взаимодействие со Всемирной таможенной организацией и другими международными организациями;",
     "international_organizations"),
    ("- согласование ставок ввозных таможенных пошлин и классификации товаров по ТН ВЭД;", "tariff_regulation"),
    ("- повышение эффективности таможенного администрирования и подготовка кадров таможенных органов;",
     "administration"),
    ("- своевременная уплата таможенных платежей и распределение ввозных таможенных пошлин;", "payments"),
    ("- повышение вывозных пошлин на круглый лес и снижение пошлин на оборудование;", "tariff_regulation"),
    ("- беспошлинный доступ товаров на рынок союза;", "tariff_regulation"),
    ("- единообразное толкование и применение всех таможенных конвенций;", "legislation"),
    ("- достижение единообразия таможенных систем государств;", "legislation"),
    ("- участие в работе Совета таможенного сотрудничества;", "international_organizations"),
    ("- развитие торговых отношений с Евросоюзом и АСЕАН;", "international_organizations"),
    ("- пресечение занижения таможенной стоимости ввозимых товаров;", "enforcement"),
    ("- взимание НДС с посылок из третьих стран;", "payments"),
    ("- отмена льготы для дешёвых посылок;", "legislation"),
    ("- приостановление льготного режима для мелких отправлений;", "legislation"),
    ("- продление беспошлинных квот на ввоз зерна;", "tariff_regulation"),
    ("- отмена таможенного контроля на внутренних границах союза;", "trade_facilitation"),
    ("- завершение формирования таможенного союза;", "tariff_regulation"),
    ("- компенсационные пошлины против субсидируемого импорта;", "tariff_regulation"),
    ("- координация законодательства государств в сфере торговли;", "legislation"),
    ("- недопущение жёсткой границы между двумя частями острова;", "trade_facilitation"),
    ("- сокращение очередей грузовиков на границе;", "trade_facilitation"),
    ("- переход к умной таможне;", "digitalization"),
    ("- система предварительного информирования о грузах;", "information_exchange"),
    ("- развитие транспортных коридоров между Европой и Азией;", "infrastructure"),
    ("- создание совместных пунктов на общей границе;", "joint_control"),
    ("- пониженные пошлины для товаров из стран союза;", "tariff_regulation"),
]

EN_ITEMS = [
    ("- harmonisation of customs legislation in line with international standards;", "legislation"),
    ("- joint customs control at the common border posts;", "joint_control"),
    ("- mutual recognition of the results of customs control;", "joint_control"),
    ("- exchange of information on goods and vehicles between the customs services;", "information_exchange"),
    ("- electronic declaration of goods and a single window for traders;", "digitalization"),
    ("- risk management systems of the customs services;", "risk_management"),
    ("- the fight against smuggling and customs fraud;", "enforcement"),
    ("- simplification of customs procedures and faster transit of goods;", "trade_facilitation"),
    ("- recognition of authorised economic operators;", "aeo"),
    ("- new border crossing points and logistics centres;", "infrastructure"),
    ("- cooperation with the World Customs Organization and other international organisations;",
     "international_organizations"),
    ("- common rules of origin and the classification of goods in the customs tariff;", "tariff_regulation"),
    ("- higher efficiency of customs administration and training of customs staff;", "administration"),
    ("- collection and distribution of import customs duties;", "payments"),
    ("- higher export duties on timber and lower duties on equipment;", "tariff_regulation"),
    ("- duty-free access of goods to the union's market;", "tariff_regulation"),
    ("- the uniform interpretation and application of the Conventions;", "legislation"),
    ("- the highest degree of harmony and uniformity in the customs systems;", "legislation"),
    ("- taking part in the work of the Customs Co-operation Council;", "international_organizations"),
    ("- closer trade relations with the EU and ASEAN;", "international_organizations"),
    ("- curbing the undervaluation of imported goods;", "enforcement"),
    ("- a handling fee on every parcel from third countries;", "payments"),
    ("- scrapping the exemption for cheap parcels;", "legislation"),
    ("- suspending the exemption for low-value shipments;", "legislation"),
    ("- extending the duty-free quotas for grain imports;", "tariff_regulation"),
    ("- removing customs checks at the union's internal borders;", "trade_facilitation"),
    ("- no divergence from the EU's standards for goods;", "legislation"),
    ("- completing the customs union;", "tariff_regulation"),
    ("- countervailing duties against subsidised imports;", "tariff_regulation"),
    ("- coordination of national trade rules;", "legislation"),
    ("- avoiding a hard border on the island;", "trade_facilitation"),
    ("- cutting delays for lorries at the border;", "trade_facilitation"),
    ("- a smart border with cameras and scanners;", "digitalization"),
    ("- advance cargo information from carriers;", "information_exchange"),
    ("- new transport corridors between Europe and Asia;", "infrastructure"),
    ("- joint offices of the two border services;", "joint_control"),
    ("- integrity programmes for customs officers;", "administration"),
    ("- the country's tariff regime for goods from China;", "tariff_regulation"),
    ("- re-export of goods without additional duties;", "tariff_regulation"),
]


@pytest.mark.parametrize(("item", "expected"), RU_ITEMS)
def test_russian_list_item_gives_its_direction(item: str, expected: str, models: Models) -> None:
    article = analyse(f"{RU_INTRO}\n\n{item}\n\n{RU_OTHER}", models)
    assert ids(article) == {expected}


@pytest.mark.parametrize(("item", "expected"), EN_ITEMS)
def test_english_list_item_gives_its_direction(item: str, expected: str, models: Models) -> None:
    article = analyse(f"{EN_INTRO}\n\n{item}\n\n{EN_OTHER}", models)
    assert ids(article) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one item, several directions
        (f"{RU_INTRO}\n\n- обмен данными об электронных декларациях и совместный анализ рисков.\n\n{RU_OTHER}",
         {"information_exchange", "digitalization", "risk_management"}),
        # an aim sentence and a second sentence of the text argue for the same direction
        ("Таможенным службам необходимо продолжить гармонизацию таможенного законодательства. "
         "Унификация таможенных правил снизит издержки участников внешнеэкономической деятельности.",
         {"legislation"}),
        ("The customs services should improve the exchange of information on transit consignments. "
         "Information sharing between them remains a priority of the partnership.",
         {"information_exchange"}),
        # «во-первых, во-вторых» sequence
        ("Перспективы сотрудничества видятся в следующем. Во-первых, стороны обменяются данными о перемещении "
         "подакцизных товаров. Во-вторых, таможенные органы перейдут на электронные копии транспортных документов.",
         {"information_exchange", "digitalization"}),
        # «первое — ..., второе — ...» inside one sentence
        ("На встрече обсудят две темы: первое — свобода транзита товаров через границу, второе — "
         "взаимное признание результатов таможенного контроля.",
         {"trade_facilitation", "joint_control"}),
        ("The agreement sets two priorities. First, the parties will open joint customs posts. "
         "Second, they will build a network of logistics centres along the corridor.",
         {"joint_control", "infrastructure"}),
        # items of a legal text marked (a), (b)
        ("The functions of the Council shall be:\n\n(a) to promote the exchange of information between "
         "customs administrations;\n\n(b) to study questions of the valuation of goods.",
         {"information_exchange", "tariff_regulation"}),
        # an enumeration after a colon inside one sentence
        ("Сотрудничество охватывает три области: обмен сведениями между таможенными органами, совместный анализ "
         "рисков и упрощение процедур транзита.",
         {"information_exchange", "risk_management", "trade_facilitation"}),
        ("Cooperation covers three areas: the exchange of data between customs services, joint inspections at the "
         "border and faster clearance of goods.",
         {"information_exchange", "joint_control", "trade_facilitation"}),
    ],
)
def test_enumerations_and_aims(text: str, expected: set[str], models: Models) -> None:
    assert ids(analyse(text, models)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a passing mention in a plain sentence
        "Груз следовал транзитом через территорию Казахстана и прибыл в Москву через четыре дня.",
        "The train carried the goods in transit through Kazakhstan and arrived in Moscow four days later.",
        # the other meaning of a word
        "Тарифы на электроэнергию для населения выросли на 5 % с начала года.",
        "Электронная очередь в поликлинике сократила время ожидания пациентов.",
        "The company faces a high risk of losing its market share to foreign rivals.",
        "Компания заключила договор с оператором связи о поставке оборудования.",
        "Стороны обсудили подготовку кадров для атомной энергетики и обмен студентами.",
        "The new stadium needs better transport infrastructure around it.",
        "Президенты подписали протокол, и их подписи скрепили соглашение о культурном обмене.",
        # a heading alone is not an argument
        "Глава 2. Таможенное законодательство",
    ],
)
def test_passing_mentions_and_other_meanings_give_nothing(text: str, models: Models) -> None:
    assert ids(analyse(text, models)) == set()


def test_integrity_is_the_customs_services_own_not_any_things(models: Models) -> None:
    """Integrity names the direction of administration when it is the customs services' (their programmes, their
    staff); the integrity of an economy or a market is no such cue, in a list of directions or not."""
    named = analyse(f"{EN_INTRO}\n\n- restoring integrity to the customs system;\n\n{EN_OTHER}", models)
    other = analyse(f"{EN_INTRO}\n\n- protests at the customs posts, a threat to the integrity of the "
                    f"economy;\n\n{EN_OTHER}", models)
    assert ids(named) == {"administration"} and ids(other) == set()


@pytest.mark.parametrize(("text", "named"), [
    (f"{RU_INTRO}\n\n- завершение формирования таможенного союза;\n\n{RU_OTHER}", True),
    (f"{RU_INTRO}\n\n- работа органов Таможенного союза;\n\n{RU_OTHER}", False),
    (f"{EN_INTRO}\n\n- completing the customs union;\n\n{EN_OTHER}", True),
    (f"{EN_INTRO}\n\n- the work of the bodies of the Customs Union;\n\n{EN_OTHER}", False),
])
def test_a_customs_union_in_small_letters_is_tariff_regulation_the_body_so_named_is_none(text: str, named: bool,
                                                                                          models: Models) -> None:
    """A customs union is a common tariff; capitals make the words the name of a body («Таможенный союз» of
    Belarus, Kazakhstan and Russia), which names no direction by itself."""
    assert ("tariff_regulation" in ids(analyse(text, models))) == named


def test_reference_entries_give_nothing(models: Models) -> None:
    text = (
        "Торговля между странами выросла за год на 8 %.\n\n"
        "Список литературы\n\n"
        "1. Иванов И. И. Борьба с контрабандой и гармонизация таможенного законодательства ЕАЭС. "
        "М.: Юрайт, 2020. 240 с.\n\n"
        "2. Петров П. П. Уполномоченный экономический оператор и система управления рисками. "
        "Таможенная политика, 2019, № 3."
    )
    article = analyse(text, models)
    assert [b.kind for b in article.blocks].count("reference") == 2
    assert ids(article) == set()


def test_lines_with_list_markers_are_lists_without_blocks(models: Models) -> None:
    text = f"{RU_INTRO}\n- развитие института уполномоченного экономического оператора;\n{RU_OTHER}"
    article = analyse(text, models, blocks=False)
    assert article.blocks == []
    assert ids(article) == {"aeo"}
    enumerations = find_enumerations(article, units(article))
    assert len(enumerations) == 1 and len(enumerations[0].items) == 2


def test_record_fields(models: Models) -> None:
    text = (f"{EN_INTRO}\n\n- the fight against smuggling and customs fraud;\n\n"
            "- joint customs control at the common border posts.\n\n"
            "Overall, the fight against smuggling remains the first concern of both services.")
    article = analyse(text, models)
    assert [d.id for d in article.directions] == ["enforcement", "joint_control"]
    enforcement = article.directions[0]
    assert enforcement.label == "Fight against smuggling and customs offences"
    assert enforcement.mentions == len(enforcement.evidence) == 2
    assert all(article.text[e.start : e.end] == e.text for e in enforcement.evidence)
    assert 0 < article.directions[1].score < enforcement.score <= 1


def test_russian_label(models: Models) -> None:
    article = analyse(f"{RU_INTRO}\n\n- развитие таможенной инфраструктуры;\n\n{RU_OTHER}", models)
    assert [d.label for d in article.directions] == ["Развитие таможенной инфраструктуры"]


def sample(name: str, corpora: Path, models: Models) -> Article:
    """A sample article through the whole pipeline."""
    return analyze(corpora / name, models=models)


def test_eaeu_sample_article(corpora: Path, models: Models) -> None:
    """Its lists of work areas and of the strategy's aims name nine directions."""
    article = sample("eaeu_customs_cooperation.txt", corpora, models)
    assert ids(article) >= {
        "legislation", "joint_control", "information_exchange", "digitalization", "risk_management",
        "trade_facilitation", "infrastructure", "international_organizations", "administration",
    }
    assert "payments" not in ids(article) and "aeo" not in ids(article)


def test_russia_belarus_sample_article(corpora: Path, models: Models) -> None:
    """Key aspects, problems and the treaty's directions; duties occur only as evasion of them."""
    article = sample("russia_belarus_customs.txt", corpora, models)
    assert ids(article) >= {
        "legislation", "joint_control", "enforcement", "information_exchange", "digitalization",
        "risk_management", "aeo", "trade_facilitation", "infrastructure", "tariff_regulation",
    }
    assert "payments" not in ids(article)
    validate(to_dict(article))
    legislation = next(d for d in article.directions if d.id == "legislation")
    assert any(e.text.startswith("Гармонизация таможенного законодательства") for e in legislation.evidence)


def test_every_direction_has_labels_and_cues() -> None:
    lexicon = load_lexicon()
    assert len(lexicon.labels) == 13
    assert {cue.direction for cues in lexicon.index.values() for cue in cues} == set(lexicon.labels)
    assert THRESHOLD > 0


@pytest.mark.parametrize(
    ("pattern", "steps", "weight", "domain"),
    [
        ("!единый окно", [({"единый"}, 0), ({"окно"}, 0)], 1.5, False),
        ("гармонизация|унификация ~3 законодательство", [({"гармонизация", "унификация"}, 0),
                                                         ({"законодательство"}, 3)], 1.0, False),
        ("@?Зелёный", [({"зеленый"}, 0)], 0.4, True),
    ],
)
def test_compile_cue(pattern: str, steps: list, weight: float, domain: bool) -> None:
    cue = compile_cue("x", pattern)
    assert [(set(a), gap) for a, gap in cue.steps] == steps
    assert (cue.weight, cue.domain) == (weight, domain)


def test_empty_cue_is_refused() -> None:
    with pytest.raises(ValueError):
        compile_cue("x", "! ~2")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("организация совместного таможенного контроля", "joint_control"),
        ("the exchange of data on transit consignments", "information_exchange"),
    ],
)
def test_the_same_words_count_in_a_list_of_directions_not_in_a_remark(phrase: str, expected: str,
                                                                     models: Models) -> None:
    if expected == "joint_control":
        remark = f"На встрече мельком затронули вопрос: {phrase} в порту Усть-Луга."
        listed = f"{RU_INTRO}\n\n- {phrase};\n\n{RU_OTHER}"
    else:
        remark = f"The delegates also touched on {phrase} at the port of Riga."
        listed = f"{EN_INTRO}\n\n- {phrase};\n\n{EN_OTHER}"
    assert ids(analyse(remark, models)) == set()
    assert ids(analyse(listed, models)) == {expected}


def test_a_strong_cue_names_its_direction_in_a_sentence_of_trade(models: Models) -> None:
    """A sentence with a trade word and no word of cooperation is a market's trade, whose weak cues name nothing; a
    strong cue names an instrument of cooperation there all the same (English: a Russian sentence naming such an
    instrument has a customs word, «Единый таможенный тариф»)."""
    text = ("The bloc's history\n\nIts history in short:\n\n- In 1993, the free trade area was completed.\n\n"
            "- In 1994, the Common External Tariff was approved.\n\n- In 1995, import tariffs fell.\n\n"
            "Prices rose in the following years.")
    article = analyze(text, models=models, settings=Settings(min_relevance=0.0))
    assert "tariff_regulation" in ids(article)


@pytest.mark.parametrize(("text", "named"), [
    ("Таможенные пошлины снижены.\n\nРоссия продолжает переговоры о вступлении во Всемирную торговую организацию. "
     "Таможенная служба готовит отчёт. Сотрудничество с ЕАЭС в таможенной сфере расширяется.", True),
    ("Customs duties were cut.\n\nThe country went on with its talks on accession to the World Trade Organization. "
     "The customs service drafted a report. Its customs cooperation with the Gulf Cooperation Council grew.", True),
    # a body named only as the place trade happens in is no cooperation with it
    ("Таможенные пошлины снижены.\n\nТоварооборот стран ЕАЭС вырос на 5 %. Таможенная служба ЕАЭС готовит отчёт. "
     "Таможенные платежи в ЕАЭС выросли.", False),
    ("Customs duties were cut.\n\nTrade among the GCC states grew by 5%. The customs services of the GCC drafted a "
     "report. Customs revenue in the GCC rose.", False),
])
def test_cooperation_with_a_body_states_cooperate_in_is_a_direction_by_any_of_its_names(
        text: str, named: bool, models: Models) -> None:
    """A word of cooperation, talks, accession or membership next to a registered international organisation or
    integration union, whatever its name, names cooperation with it: no list of names in the cues."""
    article = analyze(text, models=models)
    assert ("international_organizations" in ids(article)) == named


@pytest.mark.parametrize("text", [
    "Таможенные пошлины снижены.\n\nСовет сотрудничества арабских государств Персидского залива создал таможенный союз. "
    "Таможенные службы Совета сотрудничества арабских государств Персидского залива готовят отчёт.",
    "Customs duties were cut.\n\nThe Gulf Cooperation Council set up a customs union. The customs services of the Gulf "
    "Cooperation Council drafted a report.",
])
def test_the_words_of_a_bodys_own_name_are_no_cue_of_cooperation_with_it(text: str, models: Models) -> None:
    assert "international_organizations" not in ids(analyze(text, models=models))
