"""Names of bodies that NER cuts or leaves out: a name with "and" before its organisation word, a
body's unit whose name opens with an abbreviation, a body named by the word "Body"; in Russian the
same names as the language prints them."""

from __future__ import annotations

import pytest
from helpers import context, make_article

from pipeline.analysis import analyze
from pipeline.facts.countries import extract_countries
from pipeline.facts.organisations.resolve import extract_organisations
from pipeline.nlp.annotate import annotate
from pipeline.nlp.models import Models
from pipeline.record import Organisation


def _organisations(text: str, language: str) -> list[Organisation]:
    article = make_article(text, language=language)
    annotate(article, context())
    extract_countries(article, context())
    return extract_organisations(article, context()).organisations


def _names(text: str, language: str) -> list[str]:
    return [o.name for o in _organisations(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Packages could be vetted by a body such as the Australian Competition and Consumer Commission before sale.",
         "en", "Australian Competition and Consumer Commission"),
        ("The complaint went to the Nordic Trade and Transit Board in May.", "en", "Nordic Trade and Transit Board"),
        ("Иск подан в Комиссию по ценным бумагам и биржам США в мае.", "ru", "Комиссия по ценным бумагам и биржам США"),
    ],
)
def test_a_name_with_and_before_its_organisation_word_is_one_name(models: Models, text: str, language: str,
                                                                  name: str) -> None:
    assert name in _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name", "parent"),
    [
        ("The World Health Organization and FCTC Secretariat therefore submitted amicus curiae briefs.", "en",
         "FCTC Secretariat", None),
        ("The reports have legal force following their adoption by the WTO Dispute Settlement Body in June.", "en",
         "WTO Dispute Settlement Body", "World Trade Organization"),
        ("Записку подготовил Секретариат ВТО в июне.", "ru", "Секретариат ВТО", None),
    ],
)
def test_a_bodys_unit_named_after_an_abbreviation_is_a_body_of_its_own(models: Models, text: str, language: str,
                                                                       name: str, parent: str | None) -> None:
    names = _names(text, language)
    assert name in names
    assert parent is None or parent in names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an abbreviation before common words
        ("The BERT model and the SQL server were compared on the GPU cluster of the lab.", "en"),
        ("Модели BERT и сервер SQL сравнивались на кластере GPU лаборатории.", "ru"),
        # countries a dash joins
        ("The US-China trade war and the Russia–Ukraine conflict escalated in the spring.", "en"),
        ("Межправительственная комиссия Россия–Китай одобрила план.", "ru"),
    ],
)
def test_abbreviations_before_common_words_and_countries_a_dash_joins_name_no_body(models: Models, text: str,
                                                                                  language: str) -> None:
    assert _names(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Reports come from UNEP (United Nations Environment Program) and the World Bank.", "en",
         "United Nations Environment Programme"),
        ("The Center for Economic Policy Research published the series.", "en", "Centre for Economic Policy Research"),
        ("Доклады готовит Программа Организации Объединенных Наций по окружающей среде.", "ru",
         "Программа ООН по окружающей среде"),
    ],
)
def test_a_registered_name_in_the_other_spelling_is_the_registered_body(models: Models, text: str, language: str,
                                                                        name: str) -> None:
    assert name in _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        ("The analysis finds that non-European Union developed states and OPEC are most alike.", "en", None),
        ("Страны, не входящие в Европейский союз, ввели пошлины.", "ru", "Европейский союз"),
    ],
)
def test_a_name_after_non_qualifies_other_things(models: Models, text: str, language: str, kept: str | None) -> None:
    names = _names(text, language)
    assert not [n for n in names if "European" in n]
    assert kept is None or kept in names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Статьи из категорий «Работа», «Объявления», «Блоги» и другие в исследовании не участвовали.", "ru"),
        ('Articles from the sections "Jobs", "Notices" and "Blogs" were left out of the study.', "en"),
    ],
)
def test_quoted_names_listed_after_a_word_for_sections_name_no_body(models: Models, text: str, language: str) -> None:
    assert _names(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Negotiations between Israel and the Palestinian Authority stalled in 2014. Figure 2: effects by sender "
         "(PA = palestinian authority; EU = european union).", "en", "Palestinian Authority"),
        ("Переговоры Израиля с Палестинской национальной администрацией зашли в тупик. Рисунок 2: эффекты по "
         "отправителю (ПНА — палестинская национальная администрация).", "ru", "Палестинская национальная администрация"),
    ],
)
def test_a_legend_spelling_a_short_form_out_in_small_letters_leaves_the_name_a_body(
        models: Models, text: str, language: str, name: str) -> None:
    assert name in _names(text, language)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The World Health Organization and FCTC Secretariat submitted amicus curiae briefs under the FCTC.",
         "FCTC Secretariat"),
        ("Записку по Конвенции подготовил Секретариат РКБТ ВОЗ, и РКБТ ВОЗ вступила в силу.", "Секретариат РКБТ ВОЗ"),
    ],
)
def test_a_body_named_after_an_acts_short_form_stays_a_body(models: Models, text: str, name: str) -> None:
    """The whole chain: the act's letters open the body's name, and the body stays beside the act."""
    from pipeline.analysis import analyze

    article = analyze(text + "\n", models=models)
    assert name in [o.name for o in article.organisations]


@pytest.mark.parametrize(
    ("text", "language", "name", "other"),
    [
        ("Activists were trained with grants from the German Marshall Fund of the United States. Later the "
         "director of the German Marshall Fund of the US praised the programme.", "en",
         "German Marshall Fund of the United States", "German Marshall Fund of the US"),
        ("The UK Department for Business and the United Kingdom Department for Business published the note.", "en",
         "UK Department for Business", "United Kingdom Department for Business"),
        ("Заявление сделало Посольство США в Москве. Затем Посольство Соединённых Штатов Америки уточнило позицию.",
         "ru", "Посольство США", "Посольство Соединённых Штатов Америки"),
    ],
)
def test_a_name_with_its_country_written_short_or_in_full_is_one_body(models: Models, text: str, language: str,
                                                                      name: str, other: str) -> None:
    names = _names(text, language)
    assert len([n for n in names if n in (name, other)]) == 1, names


@pytest.mark.parametrize(
    ("text", "language", "name", "not_a_body"),
    [
        ("The group won a grant from the US–Ukraine Foundation, and more from the EU-Japan Business Council.", "en",
         "US–Ukraine Foundation", "European Union"),
        ("Деловой совет ЕАЭС-Вьетнам провёл заседание в Ханое.", "ru", "Деловой совет ЕАЭС-Вьетнам",
         "Деловой совет ЕАЭС"),
    ],
)
def test_a_name_joined_by_a_dash_to_another_is_read_whole(models: Models, text: str, language: str, name: str,
                                                          not_a_body: str) -> None:
    """Read whole, and the letters before the dash are no body of their own where the words after it name one."""
    names = _names(text, language)
    assert name in names and not_a_body not in names, names


def test_letters_in_capitals_before_a_bodys_name_belong_to_it(models: Models) -> None:
    text = ("Ukraine withdrew from the Commonwealth of Independent States (CIS) election body, the CIS Election "
            "Observation Mission, since it had praised every vote.")
    names = _names(text, "en")
    assert "CIS Election Observation Mission" in names and "Election Observation Mission" not in names


def test_letters_opening_a_legends_line_stay_out_of_the_name_they_stand_for(models: Models) -> None:
    text = ("Table 7: Party labels\n\nAcronym Name\n\nPSB Brazilian Socialist Party PSDB Brazilian Social "
            "Democratic Party PDT Democratic Labor Party\n\nThe Brazilian Socialist Party won the most seats.")
    names = _names(text, "en")
    assert "Brazilian Socialist Party" in names and not any(n.startswith("PSB") for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Об этом заявил член Совета при Президенте РФ по развитию информационного общества Иван Иванов.",
         "Совет при Президенте РФ по развитию информационного общества"),
        # NER's span holds the body's word alone
        ("Заседание провёл Совет при Президенте Российской Федерации по развитию гражданского общества.",
         "Совет при Президенте Российской Федерации по развитию гражданского общества"),
        # the body or the official it sits at, after adjectives
        ("Жалобу подали в Международный коммерческий арбитражный суд при Торгово-промышленной палате Российской "
         "Федерации.", "Международный коммерческий арбитражный суд при Торгово-промышленной палате Российской Федерации"),
        ("Решение принял Экспертно-консультативный общественный совет при главном архитекторе Москвы.",
         "Экспертно-консультативный общественный совет при главном архитекторе Москвы"),
    ],
)
def test_a_body_attached_to_another_goes_on_over_its_complement(models: Models, text: str, name: str) -> None:
    assert name in _names(text, "ru")


def test_what_goes_on_after_pri_is_no_body_a_body_sits_at(models: Models) -> None:
    # «при рассмотрении»: a circumstance, no body or official
    names = _names("Комиссия ЕЭК при рассмотрении дела учла мнение сторон.", "ru")
    assert not any("рассмотрении" in n for n in names), names


@pytest.mark.parametrize(("text", "language"), [
    ("Комитет Госдумы выступил против поправок, а сборная России против сборной Германии сыграла вничью.", "ru"),
    ("The Committee of the Senate voted against Tuesday's bill, and the Council against Mr Smith.", "en"),
])
def test_against_after_a_verb_or_a_rival_is_no_field(models: Models, text: str, language: str) -> None:
    names = _names(text, language)
    assert not any("против" in n or "against" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # the field after «по» of a body named by whom it belongs to
        ("Тренер сборной России по бобслею и скелетону заявил, что отбор начнётся в мае.", "ru",
         "сборная России по бобслею и скелетону"),
        ("Министерство Российской Федерации по делам гражданской обороны опубликовало отчёт.", "ru",
         "Министерство Российской Федерации по делам гражданской обороны"),
        ("The Ministry of the Russian Federation for Civil Defence published a report.", "en",
         "Ministry of the Russian Federation for Civil Defence"),
        # what a body stands against («против», "against") is its field as well
        ("Доклад подготовил комитет ООН против пыток, его обсудят в мае.", "ru", "комитет ООН против пыток"),
        ("The report was written by the UN Committee against Torture in May.", "en", "UN Committee against Torture"),
        # whose affairs a body's field is, by their letters or in the genitive
        ("Об этом заявил зампредседатель комитета Совета Федерации по делам СНГ Вадим Густов.", "ru",
         "комитет Совета Федерации по делам СНГ"),
        ("This was said on Monday by the Federation Council Committee on CIS Affairs in Moscow.", "en",
         "Federation Council Committee on CIS Affairs"),
        # the fields an English name lists before its own words
        ("The appeal goes to the Customs, Excise and Service Tax Appellate Tribunal, set up in 1982.", "en",
         "Customs, Excise and Service Tax Appellate Tribunal"),
        # the territory a state body serves
        ("Управление ФНС России по Московской области провело проверку.", "ru",
         "Управление ФНС России по Московской области"),
        ("Платёж принят Управлением Федерального казначейства по г. Москве в срок.", "ru",
         "Управление Федерального казначейства по г. Москве"),
        ("Главное управление МВД России по Санкт-Петербургу и Ленинградской области Иванов сообщил.", "ru",
         "Главное управление МВД России по Санкт-Петербургу и Ленинградской области"),
        ("Управление ФТС России по Республике Татарстан провело проверку.", "ru",
         "Управление ФТС России по Республике Татарстан"),
        ("Officers of the Main Directorate of the Interior Ministry for Saint Petersburg detained him.", "en",
         "Main Directorate of the Interior Ministry for Saint Petersburg"),
    ],
)
def test_a_body_goes_on_over_its_field_and_the_territory_it_serves(models: Models, text: str, language: str,
                                                                   name: str) -> None:
    assert name in _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # a subject in the nominative after the complement opens the clause's own words
        ("На заседании Совета при Президенте РФ по развитию информационного общества глава РФ Дмитрий Медведев "
         "напомнил министрам о проекте.", "ru", "Совет при Президенте РФ по развитию информационного общества"),
        ("At a meeting of the Council on Foreign Relations chairman David Rubenstein warned of risks.", "en",
         "Council on Foreign Relations"),
        # a government has no field: the phrase after «по» belongs to the words before it
        ("Разногласия ожидаются по поводу инициатив американского правительства по стимулированию экономики.", "ru",
         "американское правительство"),
        ("Disputes are expected over the initiatives of the American government on economic stimulus.", "en",
         "American government"),
    ],
)
def test_a_body_ends_where_its_complement_does(models: Models, text: str, language: str, name: str) -> None:
    names = _names(text, language)
    assert name in names and not any(n.startswith(name) and n != name for n in names), names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Вчера в Софии был открыт год Российской Федерации в Болгарии.", "ru"),
        ("The Year of the Russian Federation in Bulgaria was opened yesterday in Sofia.", "en"),
    ],
)
def test_a_federation_a_preposition_parts_from_a_place_is_no_body_of_it(models: Models, text: str, language: str) -> None:
    # «в» may be read as a letter in the genitive: a preposition never joins an organisation word to a place
    assert _names(text, language) == [], _names(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "Банк России по состоянию на 1 января сообщил, что резервы выросли.",
        "Минфин России по итогам года отчитался о доходах.",
        "Решение Верховного суда по делу № 5 вступило в силу.",
        "ФТС России по крайней мере знает об этом.",
    ],
)
def test_a_phrase_after_po_that_says_when_or_why_is_no_part_of_a_name(models: Models, text: str) -> None:
    assert not any(" по " in n for n in _names(text, "ru")), _names(text, "ru")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Сотрудники Главного управления МВД России задержали его в мае.", "Главное управление МВД России"),
        ("Главное управление МВД России подписало соглашение в мае.", "Главное управление МВД России"),
    ],
)
def test_an_adjective_that_may_be_a_noun_is_no_head_before_its_noun(models: Models, text: str, name: str) -> None:
    # «главное» is also a noun («главное — вовремя»): before a noun it agrees with, it is that noun's adjective
    assert name in _names(text, "ru")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The UN initially established its Mission in Liberia (UNMIL) in September 2003. UNMIL left in 2018.", "en",
         "Mission in Liberia"),
        ("Россия впервые открыла свою Миссию в Либерии (РМЛ) в 2003 году. РМЛ работала до 2018 года.", "ru",
         "Миссия в Либерии"),
    ],
)
def test_a_long_form_begins_after_the_prose_its_letters_were_matched_across(models: Models, text: str,
                                                                             language: str, name: str) -> None:
    names = _names(text, language)
    assert name in names and not any(n.startswith(("UN initially", "сво")) for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Портал объединил популярные телешоу, которые выпускают BBC и канал Five. Доступны 3 тысячи часов.", "BBC"),
        ("Расследование вели USPTO и агентство Reuters, сообщила газета в среду.", "USPTO"),
    ],
)
def test_latin_letters_ner_calls_a_body_once_in_russian_news_prose_are_a_body(models: Models, text: str,
                                                                              name: str) -> None:
    # in a scholarly article's prose such letters are its terms as often ("IDS", "CVE"): there they need more
    assert name in _names(text, "ru")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Модель разработана Институтом экономики РАН для оценки рисков на границе.", "ru", "Институт экономики РАН"),
        ("The model was built by the Institute of Economics of the Academy for assessing risks at the border.", "en",
         "Institute of Economics of the Academy"),
    ],
)
def test_what_a_whole_name_is_used_for_is_no_part_of_it(models: Models, text: str, language: str, name: str) -> None:
    assert name in _names(text, language), _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Italy ranks fourth in Europe for number of populist parties: Lega (Nord), Movimento 5 Stelle (Five Star "
         "Movement, 5SM), Fratelli d'Italia, Forza Italia - Il Popolo della Libertà (only until 2018), and two minor ones.",
         "en",
         ["Lega", "Movimento 5 Stelle", "Fratelli d'Italia", "Forza Italia", "Il Popolo della Libertà"]),
        ("В Италии шесть популистских партий: «Лига Севера» (ЛС), «Движение пяти звёзд», «Братья Италии» и "
         "«Вперёд, Италия».", "ru", ["Лига Севера", "Движение пяти звёзд", "Братья Италии", "Вперёд, Италия"]),
    ],
)
def test_the_names_a_word_for_parties_lists_are_bodies_with_their_brackets_particles_and_figures(
        models: Models, text: str, language: str, names: list[str]) -> None:
    found = [n.strip("«»") for n in _names(text, language)]
    assert all(n in found for n in names), found


def test_one_word_ner_calls_a_person_makes_no_person_of_the_names_listed_with_it(models: Models) -> None:
    text = "The right-wing populist coalition includes three parties: Forza Italia, Lega and Fratelli d'Italia."
    assert "Forza Italia" in _names(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Italy has several populist parties: Forza Italia, Lega and Il Popolo della Libertà. We also coded both Forza "
         "Italia and Il Popolo della Libertà as non-populist.", "en", "Forza Italia"),
        ("В Италии несколько популистских партий: «Вперёд, Италия», «Лига» и «Народ свободы». Мы также отнесли и "
         "«Вперёд, Италия», и «Народ свободы» к непопулистским.", "ru", "Вперёд, Италия"),
    ],
)
def test_a_name_listed_with_a_part_of_a_bodys_name_ner_calls_a_person_stays_a_body(models: Models, text: str,
                                                                                  language: str, name: str) -> None:
    assert name in [n.strip("«»") for n in _names(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("We use survey data collected in Monrovia, where the United Nations Mission in Liberia (UNMIL) had a large "
         "presence. The UN initially established its Mission in Liberia (UNMIL) in September 2003. UNMIL left in 2018.",
         "en", "United Nations Mission in Liberia"),
        ("Мы используем данные, собранные в Монровии, где Миссия ООН в Либерии (МООНЛ) была заметна. ООН открыла свою "
         "Миссию в Либерии (МООНЛ) в 2003 году. МООНЛ ушла в 2018 году.", "ru", "Миссия ООН в Либерии"),
    ],
)
def test_a_body_defined_twice_in_two_wordings_is_one_body(models: Models, text: str, language: str, name: str) -> None:
    names = _names(text, language)
    assert name in names and not any(n.startswith(("Mission in", "Миссия в")) for n in names), names


def test_a_name_ends_where_a_sentence_ends_inside_ners_span(models: Models) -> None:
    text = ("The Court reduced the taxes owed by the Milwaukee firm M.E. White Co. The Court held that the Full "
            "Faith and Credit Clause required states to act.")
    names = _names(text, "en")
    assert "M.E. White Co." in names and not any("The Court" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "language", "party", "body"),
    [
        ("The Court relied on United States v. Curtiss-Wright Export Corp., 299 U.S. 304 (1936). Later the Export "
         "Corporation of Texas sued the government.", "en", "Curtiss-Wright Export Corp.", "Export Corporation of Texas"),
        ("Суд сослался на дело ООО «Ромашка» против ПАО «Газпром» 2015 года. Позднее ПАО «Газпром» подало новый иск.",
         "ru", "ООО «Ромашка»", "Газпром"),
    ],
)
def test_a_party_to_a_case_named_by_its_parties_is_no_body_there(models: Models, text: str, language: str, party: str,
                                                                 body: str) -> None:
    names = _names(text, language)
    assert party not in names and body in names, names


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The claims were dismissed in May. Then RJR Nabisco, Inc. appealed to the Supreme Court.", "en",
         "RJR Nabisco, Inc."),
        ("Иск отклонили в мае. Затем ООО «Ромашка» подало апелляцию в Верховный суд.", "ru", "ООО «Ромашка»"),
    ],
)
def test_an_adverb_opening_the_sentence_is_no_part_of_a_companys_name(models: Models, text: str, language: str,
                                                                      name: str) -> None:
    names = _names(text, language)
    assert name in names and not any(n.startswith(("Then", "Затем")) for n in names), names


@pytest.mark.parametrize(
    ("text", "part", "body"),
    [
        ("Законопроект поддержали депутаты фракции КПРФ в Законодательном собрании края.", "фракция КПРФ", "КПРФ"),
        ("Грант получила кафедра социологии РГГУ, сообщил ректор.", "кафедра социологии РГГУ", "РГГУ"),
        ("Об этом сообщили в пресс-службе МЧС по Санкт-Петербургу и Ленобласти в понедельник.",
         "пресс-служба МЧС по Санкт-Петербургу и Ленобласти", "МЧС"),
    ],
)
def test_a_part_of_a_body_named_before_the_body_is_a_body_and_the_body_stays(models: Models, text: str, part: str,
                                                                             body: str) -> None:
    names = _names(text, "ru")
    assert part in names and body in names, names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Капитан клуба Челси забил два мяча.", "клуб Челси"),  # the body's kind, not a part of it
        ("Об этом сообщило агентство БелТА в понедельник.", "агентство БелТА"),
    ],
)
def test_a_word_for_the_kind_of_a_body_before_its_name_makes_no_part(models: Models, text: str, kind: str) -> None:
    names = _names(text, "ru")
    assert kind not in names, names


@pytest.mark.parametrize(
    "text",
    ["Об этом сообщила пресс-служба Кадырова в воскресенье.",  # «Кадырова»: a man's genitive or a woman's nominative
     "Заявление распространила пресс-служба Лужкова."],
)
def test_a_body_named_by_a_person_whose_surname_may_read_as_a_womans(models: Models, text: str) -> None:
    assert any(n.startswith("пресс-служба") for n in _names(text, "ru"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Глава ОАО «Газпром» Алексей Миллер пообещал ограничить поставки. Газпром ждёт оплаты.", "ru", "Газпром"),
        ("The head of PJSC Gazprom promised to cut supplies. Gazprom expects payment.", "en", "Gazprom"),
    ],
)
def test_a_registered_body_written_with_its_legal_form_is_the_registered_one(models: Models, text: str, language: str,
                                                                              expected: str) -> None:
    names = _names(text, language)
    assert len(names) == 1 and expected in names[0], names


def test_a_state_body_named_by_a_countrys_adjective_and_its_abbreviation(models: Models) -> None:
    names = _names("Накануне визита главы японского МИДа в Москву премьер-министр Японии дал интервью.", "ru")
    assert "японский МИД" in names, names


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a news report's Cyrillic letters that NER calls a body are a body, named once as they are
        ("Белград должен решить вопрос о Косово и о сотрудничестве с МТБЮ, сказал Гордон.", True),
    ],
)
def test_cyrillic_letters_ner_calls_a_body_in_a_news_report(models: Models, text: str, kept: bool) -> None:
    assert ("МТБЮ" in _names(text, "ru")) is kept


@pytest.mark.parametrize(
    ("text", "unit", "body"),
    [
        ("Рабочая группа, включающая ГУ МЧС России по Санкт-Петербургу, была создана в июне.",
         "ГУ МЧС России по Санкт-Петербургу", "МЧС России"),
        ("Сотрудники УМВД России по Москве задержали его в понедельник.", "УМВД России по Москве", None),
    ],
)
def test_a_unit_named_by_letters_takes_its_bodys_letters_country_and_territory(models: Models, text: str, unit: str,
                                                                                 body: str | None) -> None:
    names = _names(text, "ru")
    assert unit in names and (body is None or body in names), names


@pytest.mark.parametrize(
    ("text", "body", "not_a_part"),
    [
        # a company named in the nominative after its legal form is no body a part belongs to
        ("Соглашение подписал Российско-сингапурский деловой совет ООО «Торговый дом «РСДС» в мае.",
         None, "Российско-сингапурский деловой совет ООО «Торговый дом «РСДС»»"),
        # a registered organ of a body is named as the registry names it, what follows it no part of its name
        ("Таможни лишь формально выполняют решения Совета ЕЭК по признанию товарных сертификатов.",
         "Совет Евразийской экономической комиссии", "Совет ЕЭК по признанию товарных сертификатов"),
    ],
)
def test_no_part_of_a_company_after_its_legal_form_nor_of_a_registered_organ(models: Models, text: str,
                                                                                 body: str | None, not_a_part: str) -> None:
    names = _names(text, "ru")
    assert not_a_part not in names and (body is None or body in names), names


def test_a_person_after_a_body_governed_by_a_post_through_another_body_is_the_posts(models: Models) -> None:
    names = _names("Встречу провёл глава секретариата кабинета министров Дэвид Лидингтон.", "ru")
    assert not any("Лидингтон" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Глава МИД Британии Борис Джонсон подал в отставку\n\nТереза Мэй приняла отставку министра в понедельник.\n",
         "МИД Британии"),
    ],
)
def test_a_russian_headline_with_a_verb_is_a_sentence_whose_bodies_count(models: Models, text: str, name: str) -> None:
    article = analyze(text, models=models)
    assert any(b.kind == "title" for b in article.blocks)  # (the headline is read as the title)
    assert name in [o.name for o in article.organisations]


@pytest.mark.parametrize(
    ("text", "language", "company"),
    [
        ("Оператором газопровода стала компания Nord Stream 2 AG, дочерняя структура Газпрома.", "ru", "Nord Stream 2 AG"),
        ("The pipeline is operated by Nord Stream 2 AG, a subsidiary of Gazprom.", "en", "Nord Stream 2 AG"),
    ],
)
def test_a_number_in_a_name_with_a_legal_suffix_is_a_companys_not_a_models(models: Models, text: str, language: str,
                                                                           company: str) -> None:
    assert company in _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Организаторами выступили институт «Коллективное действие» и жители района.", "ru", "Коллективное действие"),
        ("Гергей Ковач — лидер субкультурной партии «Dog with two tails» из Венгрии.", "ru", "Dog with two tails"),
        ('The cargo was handled by the company "Baltic Transit Lines" in Riga.', "en", "Baltic Transit Lines"),
    ],
)
def test_a_quoted_name_after_an_organisation_word_in_small_letters_is_a_body(models: Models, text: str, language: str,
                                                                             name: str) -> None:
    assert name in _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Тем временем, сообщает «Новый Регион — Екатеринбург», 1 февраля в городе прошёл митинг.", "ru",
         ["Новый Регион — Екатеринбург"]),
        ('Meanwhile, according to "The Moscow Times", a rally took place in the city.', "en", ["The Moscow Times"]),
        # a sentence quoted after the word is what was said, and a word of saying quotes words
        ('The paper reports "Prices rose sharply." Officials said "Customs Reform Now" was their motto.', "en", []),
        ("Министр заявил «Мы готовы», а газета пишет «Цены выросли.» Рейд прошёл спокойно.", "ru", []),
    ],
)
def test_a_quoted_name_after_a_word_of_reporting_is_its_source(text: str, language: str, expected: list[str]) -> None:
    """The object of «сообщает», «по данным», "according to" in quotes is the medium or the body that reports."""
    assert _names(text, language) == expected


def test_a_quoted_name_after_a_word_for_a_thing_is_no_body(models: Models) -> None:
    assert _names("Средства выделены по программе «Развитие регионов» в мае.", "ru") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a game's, a contest's or a motto's name after its word, a list of them too, is no body's
        ("Google вложила в Zynga — разработчика популярных игр FarmVille и CityVille — 200 млн долларов.", "ru",
         ["Google", "Zynga"]),
        ("Музыкальный конкурс «Новая волна-2009» пройдёт без звёзд. Кампания идёт под девизом The Right Move.", "ru",
         []),
        ("Zynga, the maker of the games FarmVille and CityVille, raised money from Google. The festival \"New Wave\" "
         "opened.", "en", ["Google"]),
        # a list after «таких как, например,» and "such as", a series' name after "The" too
        ("Портал объединил сотни часов сериалов, таких как, например, The IT Crowd и Doctor Who. Их выпускает BBC.",
         "ru", ["BBC"]),
        ("The portal streams series such as The IT Crowd and Doctor Who. The BBC told Reuters about it.", "en",
         ["Reuters"]),
    ],
)
def test_a_name_after_a_word_for_a_work_or_an_event_is_no_body(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "names_in", "names_out"),
    [
        ("Об этом сообщает агентство Интерфакс-Украина со ссылкой на источник. Холдинг Газпром-Медиа купил канал, "
         "Газпром одобрил сделку.", "ru", ["Интерфакс-Украина", "Газпром-Медиа"], ["Интерфакс"]),
        ("The news agency Interfax-Ukraine reported the deal. Gazprom-Media bought the channel, and Gazprom approved "
         "it.", "en", [], ["Interfax"]),
    ],
)
def test_a_registered_name_joined_by_a_hyphen_to_a_word_is_another_bodys(models: Models, text: str, language: str,
                                                                        names_in: list[str], names_out: list[str]) -> None:
    names = _names(text, language)
    assert all(n in names for n in names_in) and not any(n in names for n in names_out), names
    assert any("Газпром" in n or "Gazprom" in n for n in names if "-" not in n), names


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("Как передает ИА REGNUM, решение уже принято.", "ИА REGNUM", "REGNUM"),
        ("Глава НАК «Нафтогаз Украины» заявил, что компания подаст иск.", "НАК «Нафтогаз Украины»", "Нафтогаз Украины"),
    ],
)
def test_a_news_agencys_or_a_national_companys_letters_are_its_legal_form(models: Models, text: str, name: str,
                                                                          alias: str) -> None:
    found = _organisations(text, "ru")
    assert any({name, alias} <= {o.name, *o.aliases} for o in found), [(o.name, o.aliases) for o in found]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("МОСКВА, 26 апр ПРАЙМ. Nord Stream 2 AG, оператор проекта строительства газопровода, получила разрешение.",
         "ru", ["ПРАЙМ", "Nord Stream 2 AG"]),
        ("LONDON, 26 Apr REUTERS. Nord Stream 2 AG, the operator of the pipeline, got the permit.", "en",
         ["Nord Stream 2 AG"]),
    ],
)
def test_a_name_ner_ran_across_a_sentences_end_is_two(models: Models, text: str, language: str,
                                                      names: list[str]) -> None:
    found = _names(text, language)
    assert all(n in found for n in names) and not any(". " in n for n in found), found


@pytest.mark.parametrize(
    ("text", "language", "eu", "eaeu"),
    [
        ("Британия выйдет из Таможенного союза ЕС в 2019 году, а Таможенный союз ЕАЭС действует с 2010 года.", "ru",
         "Таможенный союз Европейского союза", "Таможенный союз"),
        ("Britain will leave the EU Customs Union in 2019, while the Customs Union of the EAEU has worked since 2010.",
         "en", "European Union Customs Union", "Customs Union"),
    ],
)
def test_the_eu_customs_union_is_not_the_eurasian_one(models: Models, text: str, language: str, eu: str,
                                                     eaeu: str) -> None:
    names = _names(text, language)
    assert eu in names and eaeu in names, names


def test_a_companys_name_with_a_roman_numeral_in_brackets_stays_whole(models: Models) -> None:
    names = _names("Акционерами стали «Шелл Эксплорейшн энд Продакшн (LXXI) Б.В.» и ОМВ.", "ru")
    assert "Шелл Эксплорейшн энд Продакшн (LXXI) Б.В." in names, names


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a body named by the adjective of its place, where NER sees no name: at a sentence's start too
        ("Шереметьевская таможня сообщила о задержании груза.", "ru", ["Шереметьевская таможня"]),
        ("Об этом сообщает Лондонская полиция. Платежи перечислило Уральское таможенное управление.", "ru",
         ["Лондонская полиция", "Уральское таможенное управление"]),
        ("Лондонская полиция сообщает об аресте 334 человек. Беспорядки в Лондоне продолжаются.", "ru",
         ["Лондонская полиция"]),
        ("Sheremetyevo Customs reported the seizure of the cargo.", "en", ["Sheremetyevo Customs"]),
        # a common adjective or a country's opening a sentence, and a plural, name no body
        ("Новая таможня открылась в мае. Юридические компании переезжают. Китайская таможня усилила контроль.",
         "ru", []),
        ("Городская полиция сообщила об аресте. Город спит.", "ru", []),
        ("New customs posts opened in May. Law firms move to the capital.", "en", []),
    ],
)
def test_a_body_named_by_the_adjective_of_its_place(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a state's body in small letters before its country's name, where NER sees no name
        ("В понедельник делегация США прибыла в Женеву.", "ru", ["делегация США"]),
        ("The delegation of Nepal arrived in Geneva on Monday.", "en", ["delegation of Nepal"]),
        # a pronoun before the word points at the body, and is no part of its name
        ("Шахматная федерация Израиля его поддержит. Эта федерация Ливана тоже.", "ru",
         ["Шахматная федерация Израиля", "федерация Ливана"]),
        ("The delegation of Nepal arrived on Monday. This delegation of Bhutan came later.", "en",
         ["delegation of Nepal"]),
        # a list of countries after the word: the body of each
        ("Его поддержат шахматная федерация Израиля и федерации Ирака, Сирии и Ливана.", "ru",
         ["шахматная федерация Израиля", "федерация Ирака", "федерация Сирии", "федерация Ливана"]),
        # a state body's word in the plural speaks of the states' institutions as a kind
        ("Встретились руководители палат парламентов России и Белоруссии.", "ru", []),
        ("The parliaments of Russia and Belarus met in Minsk.", "en", []),
    ],
)
def test_a_body_named_by_a_word_before_its_countrys_name(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adjectives in small letters before a registered body's name the text gives describe that body
        ("Еврокомиссия оштрафовала компанию. Позже антимонопольная комиссия Европейского союза получила документы.",
         ["Европейская комиссия", "Европейский союз"]),
        # a country's adjective names another country's body; with no registered body named, the description stays
        ("Встретились российское Министерство финансов и британский МИД; МИД России тоже.",
         ["Министерство финансов Российской Федерации", "британский МИД",
          "Министерство иностранных дел Российской Федерации"]),
        ("Компания подала жалобу в антимонопольную комиссию Европейского союза.",
         ["антимонопольная комиссия Европейского союза", "Европейский союз"]),
    ],
)
def test_a_registered_body_described_by_adjectives_is_that_body(text: str, expected: list[str]) -> None:
    assert _names(text, "ru") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a company named once, with no organisation word: its people after it, a stake in it or a
        # report to it before it say it is a body
        ("Prices rose, Goldman Sachs analysts said. The minister told the BBC that talks went on. Shares in "
         "Tesco rose 2%.", "en", ["Goldman Sachs", "BBC", "Tesco"]),
        ("Economists at Morgan Stanley expect growth to slow.", "en", ["Morgan Stanley"]),
        ("Shares in Tesco and Marks & Spencer rose 2%, as prices in Paris and London rose.", "en",
         ["Tesco", "Marks & Spencer"]),
        ("Цены выросли, сообщили аналитики Goldman Sachs. Министр рассказал BBC о переговорах. Акции «Вектор-Инвест» "
         "выросли на 2%.", "ru", ["Goldman Sachs", "BBC", "Вектор-Инвест"]),
        # the same words after a place or a person name no body
        ("Prices rose, Brussels officials said. The minister told John Smith that talks went on.", "en", []),
    ],
)
def test_a_company_named_once_by_what_is_said_around_it(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a mission's name goes on over the place it sits in, and its shorter name later is the same body
        ("Пикет прошёл у российского посольства в Токио. Посольство США в России выступило с заявлением, позже "
         "посольство США уточнило позицию.", "ru", ["российское посольство в Токио", "Посольство США в России"]),
        ("Protesters gathered outside the Russian Embassy in Tokyo. The US Embassy in Moscow issued a warning, and "
         "later the US Embassy clarified it.", "en", ["Russian Embassy in Tokyo", "US Embassy in Moscow"]),
        # another body before «в» and a place stays as it is
        ("Министерство финансов в Москве согласилось.", "ru", ["Министерство финансов"]),
    ],
)
def test_a_mission_is_named_with_the_place_it_sits_in(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a name in quotes after a word for a body is the body's, though the text names a place so too
        ("Футбольный клуб «Ростов» обыграл соперника. В Ростове прошёл матч. Клуб «Бавария» считает иначе, а в "
         "Баварии идёт снег.", "ru", ["Ростов", "Бавария"]),
        ("The football club “Rostov” beat its rivals. The match was played in Rostov.", "en", ["Rostov"]),
        # without the body's word the place stays a place
        ("В Ростове прошёл матч, а в Баварии идёт снег.", "ru", []),
    ],
)
def test_a_name_in_quotes_after_a_word_for_a_body_is_the_body(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a body's name goes on over the field it ends with, an adjective and a noun in the genitive
        ("Председатель Восточного комитета немецкой экономики заявил, что санкции вредят.", "ru",
         ["Восточный комитет немецкой экономики"]),
        ("The head of the Eastern Committee of German Business said that sanctions hurt.", "en",
         ["Eastern Committee of German Business"]),
        # a pronoun's or a lone noun's genitive says whose the body is, not its field
        ("Верховный суд этой страны отказал, и Конституционный суд страны согласился.", "ru",
         ["Верховный суд", "Конституционный суд"]),
    ],
)
def test_a_body_named_with_its_field_in_the_genitive(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a body's long form that runs into a registered name before the letters of another registered body
        # is that body's other name, not a body of its own
        ("По сведениям Всемирной продовольственной и сельскохозяйственной организации ООН (ФАО), цены выросли. "
         "Экономист ФАО не исключил роста.", "ru",
         {"Продовольственная и сельскохозяйственная организация ООН": 3, "Организация Объединённых Наций": 1}),
        ("According to the World Food and Agricultural Organization of the UN (FAO), prices rose. An FAO economist "
         "agreed.", "en", {"Food and Agriculture Organization of the United Nations": 2, "United Nations": 1}),
    ],
)
def test_a_long_form_of_registered_letters_is_the_registered_body(text: str, language: str,
                                                                   expected: dict[str, int]) -> None:
    from pipeline.analysis import analyze

    assert {o.name: o.mentions for o in analyze(text).organisations} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a body after its country's possessive is the registry's body of that country
        ("Belarus' State Customs Committee and Russia's Federal Customs Service joined the pilot.", "en",
         ["State Customs Committee of the Republic of Belarus", "Federal Customs Service of Russia"]),
        ("К эксперименту присоединились белорусский Государственный таможенный комитет и Федеральная таможенная "
         "служба России.", "ru", ["Государственный таможенный комитет Республики Беларусь", "Федеральная таможенная служба"]),
        # so with the adjective opening the sentence, inside NER's span or before it
        ("Белорусский Государственный таможенный комитет сообщил о задержании груза.", "ru",
         ["Государственный таможенный комитет Республики Беларусь"]),
        ("Российское Министерство финансов сообщило о росте доходов.", "ru", ["Министерство финансов Российской Федерации"]),
        ("The Belarusian State Customs Committee reported the seizure.", "en",
         ["State Customs Committee of the Republic of Belarus"]),
    ],
)
def test_a_body_after_its_countrys_possessive_is_that_countrys(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "name", "name_en"),
    [
        # letters before a bracket that gives the name in both languages, a dash between
        ("По данным WNA (World Nuclear Association – Всемирная ядерная ассоциация), в мире работают 440 реакторов. "
         "Эксперты WNA ожидают роста.", "ru", "Всемирная ядерная ассоциация", "World Nuclear Association"),
        ("According to the WNA (World Nuclear Association – Всемирная ядерная ассоциация), 440 reactors work. WNA "
         "experts expect growth.", "en", "World Nuclear Association", "World Nuclear Association"),
    ],
)
def test_letters_before_a_name_given_in_both_languages(text: str, language: str, name: str, name_en: str) -> None:
    from pipeline.analysis import analyze

    found = [(o.name, o.name_en, o.abbreviation, o.mentions) for o in analyze(text).organisations]
    assert found == [(name, name_en, "WNA", 3)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the registry's other names of a body: the alliance is NATO
        ("Референдум о членстве в НАТО прошёл в январе. Кандидаты поддержали вступление в Атлантический альянс.", "ru",
         ["Организация Североатлантического договора"]),
        ("The referendum on NATO membership was held in January. The candidates backed joining the North Atlantic "
         "Alliance.", "en", ["North Atlantic Treaty Organization"]),
    ],
)
def test_a_body_named_by_another_of_its_registered_names_is_one_body(text: str, language: str,
                                                                     expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # one body named in Latin and in Cyrillic letters: the names sound alike
        ("Компания Vestas объявила о закрытии завода. Акции «Вестас» упали на 5%.", "ru", [("Вестас", "Vestas")]),
        ("Сервис Twitter запретил рекламу. Пользователи Твиттера недовольны.", "ru", [("Твиттер", "Twitter")]),
        ("The firm Vestas closed a plant. Russian papers wrote of «Вестас» as of a rival.", "en", [("Vestas", "Vestas")]),
        # letters in capitals, or too few sounds, tell nothing: «ЦРУ» is no "TSR Group"
        ("Компания TSR Group заявила о сделке. ЦРУ отказалось от комментариев.", "ru",
         [("TSR Group", None), ("ЦРУ", None)]),
    ],
)
def test_a_body_named_in_both_alphabets_is_one_body(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.name_en) for o in _organisations(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand and the company registered under it, its legal form first, in brackets: one body
        ("«Билайн» (ОАО «ВымпелКом») объявит о присоединении к проекту. «Билайн» станет первым.",
         [("Билайн", ["ОАО «ВымпелКом»", "«ВымпелКом»", "ВымпелКом"])]),
        # a bracket that says more than the company's name is about another body
        ("«Газпром нефть» (дочерняя компания ПАО «Газпром») сообщила о росте добычи.",
         [("Газпром нефть", ["Gazprom Neft", "ПАО «Газпром нефть»"]),
          ("Газпром", ["Gazprom", "ПАО «Газпром»", "ОАО «Газпром»", "PJSC Gazprom", "«Газпром»"])]),
    ],
)
def test_a_brand_and_its_registered_company_in_brackets_are_one_body(text: str,
                                                                     expected: list[tuple[str, list[str]]]) -> None:
    assert [(o.name, o.aliases) for o in _organisations(text, "ru")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state body's description stands for its short name: one body with it
        ("Внешнеполитическое ведомство Великобритании заявило протест. В МИД Великобритании вызван посол.",
         [("Внешнеполитическое ведомство Великобритании", None, ["МИД Великобритании"])]),
        ("Глава британского МИДа прибыл в Брюссель. Позже внешнеполитическое ведомство Великобритании "
         "опровергло слухи, а МИД сообщил о встрече.",
         [("внешнеполитическое ведомство Великобритании", "МИД", ["МИД Великобритании", "британский МИД"])]),
        # so after its country's adjective; another body's description stays apart
        ("Японское дипломатическое ведомство выразило протест. Японский МИД ранее заявлял об этом, "
         "а военное ведомство США промолчало.",
         [("Японское дипломатическое ведомство", None, ["Японский МИД"]),
          ("военное ведомство США", None, ["Минобороны США"])]),
    ],
)
def test_a_state_bodys_description_is_the_body_its_short_name_names(
        text: str, expected: list[tuple[str, str | None, list[str]]]) -> None:
    assert [(o.name, o.abbreviation, o.aliases) for o in _organisations(text, "ru")] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an organisation word before a name makes it a body's, though its last word is a project's or a thing's
        ("Форум пройдёт по инициативе автономной некоммерческой организации Global Cultural Project в октябре.", "ru",
         ["Global Cultural Project"]),
        ("Страны обсудили проект. Компания Open Source Project заявила о поддержке.", "ru", ["Open Source Project"]),
        # without one, such a name is the project's
        ("The Human Genome Project mapped the genome. Researchers at the Wellcome Trust helped.", "en",
         ["Wellcome Trust"]),
        ("Проект Global Cultural Project завершён в октябре.", "ru", []),
    ],
)
def test_a_name_after_an_organisation_word_is_a_body_whatever_its_last_word(text: str, language: str,
                                                                            expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a name the text once writes after a word for being aboard, docking or flying to a craft is the craft's
        ("Астронавты ответили на вопросы с борта МКС. Вместе с двумя членами команды МКС работает NASA.", "ru",
         ["НАСА"]),
        ("Шаттл пристыкован к МКС. Экипаж МКС и НАСА готовы к расстыковке.", "ru", ["НАСА"]),
        ("The astronauts spoke from aboard the ISS. The ISS crew and NASA are ready.", "en", ["NASA"]),
        # an airline's passengers fly on its planes: it stays a body
        ("Пассажиры «Аэрофлота» полетят на самолётах компании. «Аэрофлот» сообщил об этом.", "ru",
         ["ПАО «Аэрофлот»"]),
    ],
)
def test_a_name_written_after_a_word_for_a_crafts_deck_is_no_body(text: str, language: str,
                                                                  expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a name that ends in its year is an event's; a body's word keeps its committee
        ("Музыкальный вечер «Новая волна-2009» пройдёт без звёзд. В жюри «Новой волны-2009» войдёт Паулс.", "ru", []),
        ("Tickets for Expo 2020 sold out; the Sochi 2014 Organizing Committee said so, and Gazprom agreed.", "en",
         ["Sochi 2014 Organizing Committee", "Gazprom"]),
    ],
)
def test_a_name_ending_in_its_year_is_an_events(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body and the body it sits at, opening a sentence too, its long field and its letters included
        ("Совет при Президенте РФ по развитию гражданского общества и правам человека заявил о нарушениях.",
         [("Совет при Президенте РФ по развитию гражданского общества и правам человека", None)]),
        ("Решение вынес МКАС при ТПП РФ. Позже МКАС отменил его.",
         [("МКАС при ТПП РФ", "МКАС"), ("Торгово-промышленная палата Российской Федерации", "ТПП РФ")]),
        # a plain «совет» opening a sentence stays no name
        ("Совет директоров одобрил сделку.", []),
    ],
)
def test_a_body_and_the_body_it_sits_at_are_one_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.abbreviation) for o in _organisations(text, "ru")] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a noun in small letters that a plural adjective before it agrees with names bodies of a kind
        ("Организация Business NZ, которая объединяет ведущие бизнес-ассоциации Новой Зеландии, выступила за реформы.",
         "ru", ["Business NZ"]),
        ("Новое правительство Японии приняло закон, а крупнейшие банки России снизили ставки.", "ru",
         ["Новое правительство Японии"]),
        ("The leading business associations of New Zealand backed the reform, Reuters reported.", "en", ["Reuters"]),
        # so a pronoun's plural before it, though the word reads first as a particle («все»)
        ("Его поддержали почти все федерации стран западной Европы, а также США.", "ru", []),
        ("He was backed by almost all the federations of Western European countries and by the USA.", "en", []),
    ],
)
def test_a_plural_in_small_letters_names_bodies_of_a_kind(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(("text", "language", "bodies", "absent"), [
    ("Операцию провели ФСБ, а также Министерства безопасности и национальной жандармерии Аргентины, без участия "
     "дипломатов. Министерство промышленности и торговли Аргентины возражает.", "ru",
     {"Министерство безопасности", "национальная жандармерия Аргентины", "Министерство промышленности и торговли Аргентины"},
     "Министерство безопасности и национальной жандармерии Аргентины"),
    ("The raid was run by the Ministry of Security and the National Gendarmerie of Argentina without the diplomats. "
     "The Ministry of Industry and Trade of Argentina objected.", "en",
     {"Ministry of Security", "National Gendarmerie of Argentina", "Ministry of Industry and Trade of Argentina"},
     "Ministry of Security and the National Gendarmerie of Argentina"),
])
def test_two_bodies_joined_by_and_are_two_the_fields_of_one_are_one(models: Models, text: str, language: str,
                                                                     bodies: set[str], absent: str) -> None:
    """«и» joins two bodies when a body's word heads each part in one case; the fields of one body it joins stay
    one name."""
    names = set(_names(text, language))
    assert bodies <= names and absent not in names, names
