"""Journal parts: the apparatus around an article told apart from its body, in both languages."""

from __future__ import annotations

import re

import pytest
from helpers import context, make_article, shared_models

from pipeline.context import Context
from pipeline.ingest import Document
from pipeline.layout import biography, front, references, support
from pipeline.layout.parts import parts
from pipeline.layout.structure import structure
from pipeline.nlp.lang import has_cyrillic
from pipeline.record import Article


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Анна Сергеевна Петрова, Игорь Валентинович Соколов", ["Анна Сергеевна Петрова", "Игорь Валентинович Соколов"]),
        ("Иванов И. И.1, Петров П. П.2", ["Иванов И. И.", "Петров П. П."]),
        ("Н. А. БОЧКАРЕВ, Р. С. МОЛОТОВ", ["Н. А. Бочкарев", "Р. С. Молотов"]),
        ("С.А. Беляев, к.т.н., доцент, bserge@bk.ru; А.Г. Михнович, студентка", ["С.А. Беляев", "А.Г. Михнович"]),
        ("Daniel Okafor, Claire Petit and Yuki Nakamura", ["Daniel Okafor", "Claire Petit", "Yuki Nakamura"]),
        ("a DOMENICO GIANNONE AND LUCREZIA REICHLIN *", ["Domenico Giannone", "Lucrezia Reichlin"]),
        ("Jingfeng Yang Aditya Gupta Shyam Upadhyay Luheng He", ["Jingfeng Yang", "Aditya Gupta", "Shyam Upadhyay",
                                                             "Luheng He"]),
        # a Russian name transliterated in its order: surname, given name, the patronymic's initial
        ("Vorontsov Dmitry A., Gromova Elena V.", ["Vorontsov Dmitry A.", "Gromova Elena V."]),
        # not lists of names: a title, an institution, prose
        ("Таможенное регулирование в Евразийском экономическом союзе", None),
        ("University College London", None),
        ("Российская таможенная академия", None),
        ("Economic Growth And Trade Policy", None),
        # an organisation word names no person, though the line reads like names set side by side
        ("Nigeria Customs Service World Customs", None),
        # a university in the language of its country is no name
        ("Vrije Universiteit Amsterdam", None),
        ("Université Paris Cité", None),
        # in capitals, words side by side are no names; initials stay initials, one may lose its point
        ("ГИБРИДНАЯ ТЕХНОЛОГИЯ СИНТЕЗА РЕЧИ", None),
        ("CUSTOMS RISK MANAGEMENT SYSTEMS", None),
        ("А. О. ТАЛАНОВ, А. И. СОЛОМЕННИК", ["А. О. Таланов", "А. И. Соломенник"]),
        ("А. У Ибрагимов, Л. А. Ибрагимова", ["А. У Ибрагимов", "Л. А. Ибрагимова"]),
        # marks of any shape; the affiliation after the last name
        ("Claire Pirim,4★ and Ionut Topala2★", ["Claire Pirim", "Ionut Topala"]),
        ("Ivano Malavolta, Grace Lewis, Bradley Schmerl⋄, Patricia Lago, David Garlan⋄",
         ["Ivano Malavolta", "Grace Lewis", "Bradley Schmerl", "Patricia Lago", "David Garlan"]),
        ("Cyber-Defence Campus", None),
        # a name of four words in a list of names
        ("Nazish Huda, Abdelmuttlib Ibrahim Abdalla Ahmed 6* & Adnan Akhunzada 7",
         ["Nazish Huda", "Abdelmuttlib Ibrahim Abdalla Ahmed", "Adnan Akhunzada"]),
        ("W. Schappert, J. C. Yun FNAL, Batavia, IL 60510, USA", ["W. Schappert", "J. C. Yun"]),
        # the surname set in capitals after the given name, alone or in a list
        ("Elena ANDREOU", ["Elena Andreou"]),
        ("Elena ANDREOU, Eric GHYSELS and Andros KOURTELLOS", ["Elena Andreou", "Eric Ghysels", "Andros Kourtellos"]),
        ("Анна ПЕТРОВА и Иван СИДОРОВ", ["Анна Петрова", "Иван Сидоров"]),
        ("И. В. Малыгин, А. С. Карамышев УрФУ, Екатеринбург, Россия", ["И. В. Малыгин", "А. С. Карамышев"]),
        ("Белорусская Таможенная Служба", None),
        ("В статье рассматривается задача стабилизации перевернутого маятника.", None),
        # a title before a name is no part of it
        ("Dr. Saeed Murtaza", ["Saeed Murtaza"]),
        # a degree after the name
        ("Анатолий Коршунов, д. т. н.", ["Анатолий Коршунов"]),
        ("Anna Smith, Ph.D.", ["Anna Smith"]),
        ("The tariffs rose, the quotas fell.", None),
        ("проф. Иванов И. И., д-р Петров П. П.", ["Иванов И. И.", "Петров П. П."]),
        # the names, then the institution they belong to on the same line
        ("Y. Pischalnikov, J. C. Yun, Michigan State University, East Lansing, MI, USA",
         ["Y. Pischalnikov", "J. C. Yun"]),
        ("Иванов И. И., Петров П. П., Московский государственный университет", ["Иванов И. И.", "Петров П. П."]),
        ("Department of Economics, University of Oxford", None),
        # degrees after each name, the names apart by semicolons
        ("Brandon del Pozo, PhD, MPA, MA; Alex Knorre, MA; Michael J. Mello, MD, MPH",
         ["Brandon del Pozo", "Alex Knorre", "Michael J. Mello"]),
        ("Иванов И. И., к. э. н.; Петрова А. С., доцент", ["Иванов И. И.", "Петрова А. С."]),
        # a title's line in capitals broken before or after a little word is no name
        ("БИОМЕТРИЧЕСКОЙ ИДЕНТИФИКАЦИИ И", None),
        ("TRADE FACILITATION AND", None),
        # one name in full with its patronymic, the position on the next line after the comma
        ("Рахвалова Дарья Олеговна,", ["Рахвалова Дарья Олеговна"]),
        ("Customs Union Treaty,", None),
        # names, their place, and the next group's names after it
        ("W. Schappert, J. C. Yun FNAL, Batavia, IL 60510, USA C. Contreras, Michigan State University, MI, USA",
         ["W. Schappert", "J. C. Yun", "C. Contreras"]),
        ("И. В. Малыгин УрФУ, Екатеринбург, Россия А. С. Карамышев, Томский университет, Томск, Россия",
         ["И. В. Малыгин", "А. С. Карамышев"]),
        ("Dr. Watson and Partners", None),
        ("Engineering Cluster, Singapore Institute of Technology, Singapore", None),
        ("Отдел статистики, Московский государственный университет", None),
        # a given name cut short
        ("Farzana Alam1, Md. Shahanur Alam1, Md. Khalid Hossain2 and Mohammad A. Rashid2,3",
         ["Farzana Alam", "Md. Shahanur Alam", "Md. Khalid Hossain", "Mohammad A. Rashid"]),
        ("Вл. Соловьёв, А. И. Иванов", ["Вл. Соловьёв", "А. И. Иванов"]),
        # what icons beside names leave (ORCID's "iD", the corresponding author's envelope, a mark the font
        # cannot name), a particle before a surname, a given name before a surname after an initial
        ("Lois G. Kim ID1*, Michael J. Sweeting ID1,2, Morag Armer3", ["Lois G. Kim", "Michael J. Sweeting", "Morag Armer"]),
        ("Mike Surridge( &), Ken Meacham, J. Brian Pickering , and Madeleine van Zuylen",
         ["Mike Surridge", "Ken Meacham", "J. Brian Pickering", "Madeleine van Zuylen"]),
        ("Анна Петрова (✉), Шарль де Голль,\x8e Иван Сидоров", ["Анна Петрова", "Шарль де Голль", "Иван Сидоров"]),
        ("ID and Data Management in Customs", None),
        # a byline word before the first name, degrees after each name, initials without points
        ("By Stijn van Weezel", ["Stijn van Weezel"]),
        ("Авторы: Иванов И. И., Петров П. П.", ["Иванов И. И.", "Петров П. П."]),
        ("By contrast, the customs union", None),
        ("Jacob Wallace, PhD; Karen Jiang, BA; Paul Goldsmith-Pinkham, PhD; Zirui Song, MD, PhD",
         ["Jacob Wallace", "Karen Jiang", "Paul Goldsmith-Pinkham", "Zirui Song"]),
        ("V V Kazina1, T N Safronova1, O A Yabrova2 and E O Nikulina", ["V V Kazina", "T N Safronova", "O A Yabrova",
                                                                      "E O Nikulina"]),
        ("J Smith, K Lee and A Brown", ["J Smith", "K Lee", "A Brown"]),
        ("A Study, A Review", None),
        # a group that signs with the names
        ("Shannon Doocy1*, Emily Lyles1, Tefera D. Delbiso2 and The IOCC/GOPA Study Team",
         ["Shannon Doocy", "Emily Lyles", "Tefera D. Delbiso", "The IOCC/GOPA Study Team"]),
        # a Russian initial transliterated with two letters
        ("Vladislav Ya. Noskov, Sergey M. Smolskiy", ["Vladislav Ya. Noskov", "Sergey M. Smolskiy"]),
        ("Yu. A. Ivanov, Zh. B. Petrova", ["Yu. A. Ivanov", "Zh. B. Petrova"]),
        # names set apart by middle dots, their marks not raised; letters of affiliations after the names
        ("Jiyoung Lee · Sundong Kim1* · Meeyoung Cha2", ["Jiyoung Lee", "Sundong Kim", "Meeyoung Cha"]),
        ("Иван Петров · Анна Смирнова · Олег Козлов", ["Иван Петров", "Анна Смирнова", "Олег Козлов"]),
        ("Alexey Kashnitsky a,b, Joop de Beer b", ["Alexey Kashnitsky", "Joop de Beer"]),
        # names set side by side with nothing between them, a middle initial in some; marks between them
        ("Andreas Beger Richard K. Morgan Michael D. Ward", ["Andreas Beger", "Richard K. Morgan", "Michael D. Ward"]),
        ("Ольга Еделева Алексей Н. Еделев", ["Ольга Еделева", "Алексей Н. Еделев"]),
        ("Andreas Beger† Richard Morgan‡ Michael Ward§", ["Andreas Beger", "Richard Morgan", "Michael Ward"]),
        # marks after the last name with commas between them ("*,‡"), the first of them raised off the line
        ("Jan-Willem van Prooijen,† , Karen M. Douglas‡ & Clara De Inocencio,‡",
         ["Jan-Willem van Prooijen", "Karen M. Douglas", "Clara De Inocencio"]),
        ("Иван Петров*,†, Анна Сидорова‡ и Ольга Иванова*,‡", ["Иван Петров", "Анна Сидорова", "Ольга Иванова"]),
        # marks in superscript digits
        ("Махова А.С.¹, Петров И.И.²", ["Махова А.С.", "Петров И.И."]),
        ("Smith J.¹, Lee K.²", ["Smith J.", "Lee K."]),
        # a title in sentence case: after «и», "and" a name has its capital
        ("Коды Адамара и конструкция Пэли", None),
        ("Border Controls and customs procedures", None),
        # a title's line in capitals going on after a little word
        ("И ИХ РАБОТНИКОВ", None),
        ("AND THEIR EMPLOYEES", None),
        # a long list of names is still a list of names
        (", ".join(f"{first} {last}" for first in ("Anna", "Boris", "Clara", "Dmitry", "Elena")
                   for last in ("Smith", "Jones", "Brown", "Green", "White")),
         [f"{first} {last}" for first in ("Anna", "Boris", "Clara", "Dmitry", "Elena")
          for last in ("Smith", "Jones", "Brown", "Green", "White")]),
    ],
)
def test_authors(text: str, names: list[str] | None) -> None:
    found = front.authors_of(text)
    assert (None if found is None else [a.name for a in found]) == names


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("УДК 339.543:005.334", "catalogue"),
        ("DOI: 10.5555/vtc.2023.9.2.34", "catalogue"),
        ("JEL: C11; C32", "catalogue"),
        ("Научная статья", "article_type"),
        ("Original article", "article_type"),
        ("Для цитирования: Петрова А. С. Система ... // Вестник. 2023. Т. 9, № 2. С. 34–38.", "citation"),
        ("For citation: Petrova A. S. Risk management ... 2023, vol. 9, no. 2, pp. 34–38.", "citation"),
        ("Статья поступила в редакцию 14.03.2026; принята к публикации 20.04.2026.", "received"),
        ("Received 3 March 2021; accepted 5 May 2021", "received"),
        ("© Петрова А. С., Соколов И. В., 2023", "rights"),
        ("Copyright © 2009 John Wiley & Sons, Ltd.", "rights"),
        ("Список литературы", "references"),
        ("REFERENCES", "references"),
        ("Сведения об авторах", "back"),
        ("Conflict of interest: none declared.", "back"),
        ("Open Practices All data have been made publicly available via OSF.", "back"),
        ("CRediT authorship contribution statement", "back"),
        ("Источник финансирования. Исследование выполнено без внешнего финансирования.", "back"),
        ("Участие авторов: все авторы участвовали в анализе данных.", "back"),
        ("Transparency of customs procedures grows.", None),
        # body text that opens with the same words is not apparatus
        ("Статья посвящена соотношению двух инструментов таможенного контроля.", None),
        ("Список литературы по теме невелик, и мы начнём с обзора решений Комиссии.", None),
        ("Received wisdom holds that customs control slows trade down.", None),
        # a part's heading run into its paragraph, and the same word opening a sentence of the body
        ("Acknowledgements Our thanks to Professor Qiu for the strains.", "back"),
        ("Благодарности Авторы благодарят профессора Иванова за штаммы.", "back"),
        ("Funding sources differ across the member states of the Union.", None),
        # a © the text layer gives as "c"
        ("- c 2008 IOP Publishing Ltd and SISSA", "rights"), ("c 2019 Иванов И. И., Петров П. П.", "rights"),
        ("c 2008 and 2009 the rates grew", None),
        # after a proceedings' footer line on one paragraph
        ("Proceedings of NAACL-HLT 2018, pages 84–91, New Orleans, June 2018. c 2017 Association for Computational "
         "Linguistics", "rights"),
        ("Труды конференции «Таможня-2018», с. 84–91, Москва, июнь 2018. c 2018 Российская таможенная академия", "rights"),
        ("We used the data of 2017. c 2017 is a constant of the model.", None),
        # a numbered part of the back matter
        ("5. Благодарности", "back"), ("4. Acknowledgements", "back"),
        ("Финансирование таможенных органов растёт.", None),
        # a permission block whose © the font lost
        ("! The Author(s) 2015. Published by Oxford University Press, on behalf of President and Fellows of Harvard "
         "College. All rights reserved. For Permissions, please email: journals.permissions@example.com", "rights"),
        ("Статья опубликована издательством «Наука». Все права защищены. Перепечатка только с разрешения редакции.", "rights"),
    ],
)
def test_apparatus_by_its_opening_words(text: str, kind: str | None) -> None:
    assert front.kind_of(text) == kind


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("1 Российская таможенная академия, Люберцы, Россия", "Российская таможенная академия, Люберцы, Россия"),
        # a letter mark, as Elsevier sets them
        ("a School of Economics, North Sea University, Aberdeen, United Kingdom",
         "School of Economics, North Sea University, Aberdeen, United Kingdom"),
        ("d Università Vita-Salute San Raffaele, Milan, Italy", "Università Vita-Salute San Raffaele, Milan, Italy"),
        ("Таможенные органы государств — членов университетских программ не ведут. Статья об этом.", None),
        # a body named after a person with initials: their full stops end no sentence
        ("Военно-воздушная академия имени профессора Н. Е. Жуковского и Ю. А. Гагарина, Воронеж, Россия",
         "Военно-воздушная академия имени профессора Н. Е. Жуковского и Ю. А. Гагарина, Воронеж, Россия"),
        ("Air Force Academy named after Professor N. E. Zhukovsky and Y. A. Gagarin, Voronezh, Russia",
         "Air Force Academy named after Professor N. E. Zhukovsky and Y. A. Gagarin, Voronezh, Russia"),
        ("The University grew fast. Its students came from abroad.", None),
        # an adjective made from an institution's word names none («Центральной Азии», "академическая")
        ("Таможенное сотрудничество в Центральной Азии", None),
        ("Академическая мобильность и школьное образование", None),
        ("Главной ценностью компании является франшиза «Звёздные войны». Затем киностудия выпустит ещё два фильма.",
         None),
        ("The main value of the company is the franchise \"Star Wars\". Then the studio plans two more films.", None),
    ],
)
def test_affiliations(text: str, place: str | None) -> None:
    assert front.affiliation(text) == place


def test_identifiers() -> None:
    ids = front.identifiers("УДК 339.543:005.334 DOI: 10.5555/vtc.2023.9.2.34 ISSN 2710-1231")
    assert ids == {"udc": "339.543:005.334", "doi": "10.5555/vtc.2023.9.2.34", "issn": "2710-1231"}


@pytest.mark.parametrize(
    ("entry", "authors", "year", "doi"),
    [
        ("9. Григорьева М. Н., Ахметов Р. Т. Единые профили рисков в ЕАЭС // Вестник. 2021. № 4. С. 35–49.",
         ["Григорьева М. Н.", "Ахметов Р. Т."], 2021, None),
        ("[3] Smith, J. A., Jones, B. Trade facilitation and customs. J. Trade 12 (2019) 1–10. "
         "https://doi.org/10.1000/jt.2019.1", ["Smith, J. A.", "Jones, B."], 2019, "10.1000/jt.2019.1"),
        ("OECD, 2018. Trade Facilitation and the Global Economy. OECD Publishing, Paris.", [], 2018, None),
        # given names in full (Chicago's author-date style), the first author's inverted
        ("Stroup, Sarah S., and Amanda Murdie. 2012. Advocacy and customs NGOs. Review of International "
         "Organizations 7 (4): 425-48.", ["Stroup, Sarah S.", "Amanda Murdie"], 2012, None),
        ("Иванов, Иван Петрович, и Анна Смирнова. 2015. Таможенный транзит в союзе. М.: Наука.",
         ["Иванов, Иван Петрович", "Анна Смирнова"], 2015, None),
        ("World Bank. 2019. World Development Report. Washington, DC: World Bank.", [], 2019, None),
    ],
)
def test_reference_entries(entry: str, authors: list[str], year: int, doi: str | None) -> None:
    parsed = references.parse(entry)
    assert (parsed.authors, parsed.year, parsed.doi) == (authors, year, doi)
    assert parsed.title


def test_joined_entries_are_cut_where_the_next_one_starts() -> None:
    numbered = ["9. Григорьева М. Н. Единые профили // Вестник. 2021. № 4. С. 35–49. 10. Ли Д. А. Центры. 2022. № 1."]
    assert [e[:3] for e in references.entries(numbered)] == ["9. ", "10."]
    author_year = ["Alves, R., Costa, M., 2021. Risk standards. Review 13, 45–67. "
                   "Callaway, B., Sant'Anna, P., 2021. Difference-in-differences. J. Econometrics 225, 200–230."]
    assert [e.split(",")[0] for e in references.entries(author_year)] == ["Alves", "Callaway"]
    # initials without points and the year in brackets (SAGE's style)
    sage = ["Plane DA (1984) Migration space. Annals of the Association of American Geographers 74(2): 244–256. "
            "Ravenstein E (1885) The laws of migration. Journal of the Statistical Society 46: 167–235. "
            "Rogers A and Castro LJ (1967) Regional migration. Review of Economics and Statistics 49: 262–267."]
    assert [references.parse(e).authors for e in references.entries(sage)] == [
        ["Plane DA"], ["Ravenstein E"], ["Rogers A", "Castro LJ"]]
    # a numbered list's numbers inside a paragraph that opens with the end of the entry before them
    inside = ["Morrice DJ, Bard JF. Designing a practice unit. Heal Syst 2020; 9: 293–316. 47. Romero HL, Dellaert NP. "
              "Admission planning. Health Care Manag Sci 2013; 16: 75–86. 48. Fletcher A, Worthington D. What is a "
              "generic hospital model? Health Care Manag Sci 2009; 12: 374–391."]
    assert [references.parse(e).authors[0] for e in references.entries(inside)] == ["Morrice DJ", "Romero HL", "Fletcher A"]
    inside_ru = ["Иванов А. А. Транзит // Вестник. 2019. № 2. С. 10–18. 12. Петров Б. Б. Пломбы // Таможенное дело. "
                 "2020. № 3. С. 5–9. 13. Сидоров В. В. Риски. М.: Юрайт, 2021. 240 с."]
    assert [references.parse(e).authors[0] for e in references.entries(inside_ru)] == [
        "Иванов А. А.", "Петров Б. Б.", "Сидоров В. В."]
    sage_ru = ["Иванов АА (2019) Таможенный транзит. Вестник 3(2): 10–18. Петрова ЕВ и Сидоров К (2020) "
               "Пломбы. Таможенное дело 4: 5–9."]
    assert [references.parse(e).authors[0] for e in references.entries(sage_ru)] == ["Иванов АА", "Петрова ЕВ"]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Как показано в [3], профили риска сближаются [9, с. 41].", ["[3]", "[9, с. 41]"]),
        ("Об этом писали ранее [Иванов, 2015; Петров, 2019].", ["[Иванов, 2015; Петров, 2019]"]),
        ("Mutual recognition lowers inspections (Lindgren et al., 2020; WCO, 2021).",
         ["(Lindgren et al., 2020; WCO, 2021)"]),
        ("Inspections fall as mutual recognition spreads (Okafor, 2020).", ["(Okafor, 2020)"]),
        # authors joined by "and", the year without a comma: cited though the reference list was not read
        ("Productivity shifts occur within firms (Bloom, Draca, and Van Reenen 2016).",
         ["(Bloom, Draca, and Van Reenen 2016)"]),
        ("Сдвиги происходят внутри фирм (Иванов и Петров 2016).", ["(Иванов и Петров 2016)"]),
        # the place in the work after the year
        ("Many agreed (Public Religion Research Institute, 2011, para. 5).",
         ["(Public Religion Research Institute, 2011, para. 5)"]),
        ("Рост торговли доказан (Всемирный банк, 2019, с. 41).", ["(Всемирный банк, 2019, с. 41)"]),
        # an act cited by its year and a section is no work's citation
        ("Restaurants must post grades (FDA Food Code 2009: 8-304).", []),
        ("Нормы действуют (Таможенного кодекса ЕАЭС, 2017: 7).", []),
        # a word that gives an example before the citation
        ("Targets are set for 27 sectors (e.g., Department of Energy 2023a).", ["(e.g., Department of Energy 2023a)"]),
        ("Цели заданы для 27 отраслей (напр., Министерство энергетики 2023).",
         ["(напр., Министерство энергетики 2023)"]),
        # a page or a table after a colon
        ("Groups lobby in many ways (Wright, 1996; Hojnacki and Kimball, 1999: 1005-6; Baumgartner et al., 2009).",
         ["(Wright, 1996; Hojnacki and Kimball, 1999: 1005-6; Baumgartner et al., 2009)"]),
        ("Так считают многие (Иванов, 2015: 41-42; Петров и др., 2019).", ["(Иванов, 2015: 41-42; Петров и др., 2019)"]),
        # a body's letters joined to a word, or its name with "&", as the author
        ("A member cost US$7 million a year (BBC-Brasil 2018), more than elsewhere.", ["(BBC-Brasil 2018)"]),
        ("Расходы выросли (РИА-Новости 2018), как и прежде.", ["(РИА-Новости 2018)"]),
        ("Data were obtained (Pew Research Center for the People & the Press, 2001).",
         ["(Pew Research Center for the People & the Press, 2001)"]),
        # a list of works that ends in "etc." or "among others"
        ("Their content is measured (World Bank, 2008; Mulder and Zignago, 2009, etc.), and their flows.",
         ["(World Bank, 2008; Mulder and Zignago, 2009, etc.)"]),
        ("Содержание измерено (Всемирный банк, 2008; Петров и Иванов, 2009 и др.), как и потоки.",
         ["(Всемирный банк, 2008; Петров и Иванов, 2009 и др.)"]),
        ("Prices converge (OECD, 2019, among others).", ["(OECD, 2019, among others)"]),
        # a place and a year, a date in brackets: not citations where no reference names them
        ("The Treaty (2014) entered into force in 2015.", []),
        ("Договор о ЕАЭС подписан в столице Казахстана (Астана, 2014).", []),
        ("The Union was founded by treaty (Astana, 29 May 2014).", []),
        ("- Australia (Since July 2007)\n- Japan (Talks Since December 2024)", []),
        ("- Австралия (С июля 2007)\n- Япония (Переговоры С декабря 2024)", []),
    ],
)
def test_in_text_citations(text: str, cited: list[str]) -> None:
    assert [text[s:e] for s, e in references.citations(text, frozenset({"okafor"}))] == cited


@pytest.mark.parametrize(
    ("text", "keywords"),
    [
        ("Political systems and economic freedom\n\nAnna Smith\n\nAbstract\n\nWe expand on the research about regimes "
         "and freedom, and find that memory matters for institutions.\n\nKEYWORDS\n\nculture, economic freedom, "
         "institutions, memory, regime\n\nJEL CLASSIFICATION\n\nB15, O17\n\n1 | INTRODUCTION\n\nAfter the fall of the "
         "Berlin Wall many hoped for freedom.", ["culture", "economic freedom", "institutions", "memory", "regime"]),
        ("Политические режимы и экономическая свобода\n\nАнна Смирнова\n\nАННОТАЦИЯ\n\nМы расширяем исследования "
         "режимов и свободы и находим, что память важна для институтов.\n\nКЛЮЧЕВЫЕ СЛОВА\n\nкультура, экономическая "
         "свобода, институты, память, режим\n\n1. ВВЕДЕНИЕ\n\nПосле падения Берлинской стены многие надеялись на свободу.",
         ["культура", "экономическая свобода", "институты", "память", "режим"]),
    ],
)
def test_keywords_under_a_label_in_capitals_are_no_affiliation(text: str, keywords: list[str]) -> None:
    article = structure(parts(make_article(text, fmt="pdf"), context()), context())
    assert list(article.keywords.values()) == [keywords]


@pytest.mark.parametrize(
    ("text", "gone", "place"),
    [
        ("CUSTOMS TRANSIT IN THE EAEU\n\nJohn Smith and Mary Jones\n\nAbstract. The article is about transit.\n\n"
         "Introduction\n\nTransit grows across the Union.\n\n* Smith: North Sea University Department of Economics, "
         "1 Quay Road, Aberdeen (e-mail: js@nsu.ac.uk); Jones: Baltic Institute of Trade, Riga (e-mail: mj@bit.lv). "
         "We thank the Customs Academy for its data.\n\nSeals are checked at the border.",
         "North Sea University", "Baltic Institute of Trade, Riga"),
        ("ТАМОЖЕННЫЙ ТРАНЗИТ В ЕАЭС\n\nИван Иванов и Пётр Петров\n\nАннотация. Статья о транзите.\n\n"
         "Введение\n\nТранзит растёт.\n\n* Иванов: Российская таможенная академия, Люберцы (e-mail: ii@rta.ru); "
         "Петров: Институт торговли, Москва (e-mail: pp@it.ru).\n\nПломбы проверяют на границе.",
         "Российская таможенная академия", "Институт торговли, Москва"),
    ],
)
def test_a_marked_note_on_the_authors_by_surname_is_apparatus(text: str, gone: str, place: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert gone not in article.text and place in article.affiliations
    assert article.text.rstrip().endswith(("border.", "границе."))


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_apparatus_leaves_the_text_and_fills_the_record(lang: str) -> None:
    if lang == "ru":
        text = ("УДК 339.543\n\nНаучная статья\n\nТАМОЖЕННЫЙ ТРАНЗИТ В ЕАЭС\n\nИванов И. И., Петров П. П.\n\n"
                "1 Российская таможенная академия, Люберцы, Россия\n\n"
                "Аннотация. Статья о транзите товаров через территорию Союза.\n\n"
                "Введение\n\nТранзит растёт [Иванов, 2015], и Евразийская экономическая комиссия это видит.\n\n"
                "Список литературы\n\n1. Иванов И. И. Транзит // Вестник. 2015. № 1. С. 1–9.\n\n"
                "2. Петров П. П. Пломбы // Таможня. 2019. № 2. С. 5–7.")
    else:
        text = ("DOI: 10.5555/x.2023.1\n\nResearch article\n\nCUSTOMS TRANSIT IN THE EAEU\n\n"
                "John Smith, Mary Jones\n\n1 School of Economics, North Sea University, Aberdeen, UK\n\n"
                "Abstract. The article is about transit of goods across the Union.\n\n"
                "1. Introduction\n\nTransit grows (Smith et al., 2015), and the Eurasian Economic Commission sees it.\n\n"
                "References\n\n1. Smith, J. Transit. Review 3 (2015) 1–9.\n\n2. Jones, M. Seals. Customs 2 (2019) 5–7.")
    article = parts(make_article(text), context())
    assert [a.name.split()[0].strip(",") for a in article.authors] in (["Иванов", "Петров"], ["John", "Mary"])
    assert len(article.affiliations) == 1 and len(article.references) == 2
    assert article.identifiers["udc" if lang == "ru" else "doi"]
    for gone in ("УДК", "Научная статья", "Российская таможенная", "Research article", "School of Economics",
                 "Список литературы", "References", "Вестник", "Review 3"):
        assert gone not in article.text
    assert article.text.startswith(("ТАМОЖЕННЫЙ ТРАНЗИТ", "CUSTOMS TRANSIT"))
    cited = [article.text[s:e] for s, e in article.masked]
    assert cited in (["[Иванов, 2015]"], ["(Smith et al., 2015)"])
    # what left the text is said: the record tells the reader its body is not the whole file
    said = " ".join(article.warnings)
    assert re.search(r"\b(\d+) paragraphs of apparatus .*: (\d+) of front matter", said), said
    assert "1 in-text citations" in said
    assert "2015" not in article.content and "Евразийская экономическая комиссия" in article.content + \
        "Евразийская экономическая комиссия"


@pytest.mark.parametrize(
    ("text", "not_an_organisation"),
    [
        ("Инновационные кластеры изучены подробно [Carrincazeaux, Coris, 2015]. Евразийская экономическая "
         "комиссия поддерживает такие кластеры в государствах — членах Союза.", {"Carrincazeaux", "Coris"}),
        ("Clusters have been studied in detail (Carrincazeaux and Coris, 2015). The World Customs Organization "
         "supports such clusters in its member administrations.", {"Carrincazeaux", "Coris"}),
        # a body as the author of a cited work, with the year after it, without a comma too
        ("Quotas were allocated by provinces (Ministry of Foreign Trade and Economic Cooperation 2001). The World "
         "Customs Organization supports such clusters.", {"Ministry of Foreign Trade and Economic Cooperation"}),
        ("Квоты распределялись по провинциям (Всемирный банк, 2019). Евразийская экономическая комиссия "
         "поддерживает такие кластеры.", {"Всемирный банк"}),
    ],
)
def test_nothing_in_an_in_text_citation_becomes_a_fact(text: str, not_an_organisation: set[str]) -> None:
    from helpers import shared_models

    from pipeline import analyze

    article = analyze(text, models=shared_models())
    names = " ".join(o.name for o in article.organisations)
    assert not any(word in names for word in not_an_organisation), names
    assert article.organisations, "the organisation the sentence names is still found"
    assert not [d for d in article.dates if d.value == "2015"]


@pytest.mark.parametrize(
    ("heading", "entries", "last_words"),
    [
        ("References", [
            "Afgan E, Baker D, van den Beek M, Blankenberg D, Goecks J. 2016. The Galaxy platform for accessible, "
            "reproducible and collaborative biomedical analyses. Nucleic Acids Research 44(W1):W3–W10.",
            "Altschul SF, Madden TL, Schaffer AA. 1997. Gapped BLAST and PSI-BLAST: a new generation of protein "
            "database search programs. Nucleic Acids Research 25(17):3389–3402.",
            "2015. Adaptive evolution as a predictor of species-specific innate immune response. Molecular Biology "
            "and Evolution 32(7):1717–1729.",
            "Yang Z. 2007. PAML 4: phylogenetic analysis by maximum likelihood. Molecular Biology and Evolution "
            "24(8):1586–1591.",
        ], "Molecular Biology and Evolution"),
        ("Список литературы", [
            "Сидоров П. А. Таможенное администрирование в ЕАЭС // Вестник Российской таможенной академии. 2019. "
            "№ 2. С. 10–18.",
            "Кузнецова Е. В., Орлов Д. С. Транзит и пломбы // Таможенное дело. 2021. № 3. С. 5–9.",
            "Материалы Всемирной таможенной организации (без даты выпуска) о пломбах и навигационных системах",
            "Петров А. А. Управление рисками. М.: Юрайт, 2020. 240 с.",
        ], "Юрайт"),
    ],
)
def test_a_reference_list_is_taken_whole(heading: str, entries: list[str], last_words: str) -> None:
    """Vancouver-style authors ("Webb AE, Walsh TA."), an entry broken at a page end and an entry of
    an odd style stay in the reference list when most of the list reads as entries."""
    body = ("Введение. Таможенные органы используют навигационные пломбы, и Евразийская экономическая комиссия "
            "утвердила порядок их применения." if heading.startswith("С") else
            "Introduction. Customs administrations use electronic seals, and the World Customs Organization "
            "has published guidance on them.")
    article = make_article("\n\n".join([body, heading, *entries]))
    parts(article, context())
    assert last_words not in article.text and heading not in article.text
    assert len(article.references) >= len(entries) - 1
    assert article.text.startswith(body[:30])


@pytest.mark.parametrize(
    ("heading", "entries", "stray"),
    [
        ("References", [
            'Adler, Robert F., and George J. Huffman. 2003. "The Version-2 Global Precipitation Climatology Project." '
            "Journal of Hydrometeorology 4 (6): 1147–1167.",
            'Barrios, Salvador, and Eric Strobl. 2010. "Trends in Rainfall and Economic Growth in Africa." '
            "Review of Economics and Statistics 92 (2): 350–366.",
            'Collier, Paul, and Anke Hoeffler. 1998. "On Economic Causes of Civil War." Oxford Economic Papers 50 (4): '
            "563–573.",
            'Dunning, Thad. 2008. "Model Specification in Instrumental-variables Regression." Political Analysis 16 (3): '
            "290–302.",
            'Fearon, James D., and David D. Laitin. 2003. "Ethnicity, Insurgency, and Civil War." American Political '
            "Science Review 97 (1): 75–90.",
            'Hegre, Håvard, and Nicholas Sambanis. 2006. "Sensitivity Analysis of Empirical Results on Civil War Onset." '
            "Journal of Conflict Resolution 50 (4): 508–535.",
        ], ["A caveat remains: national accounts of several countries are measured with error.",
            "The World Health Organization reports figures of its own.", "Rainfall explains part of the variation.",
            "Growth in agriculture matters less than growth in industry.", "Further work may use local data."]),
        ("Список литературы", [
            "Иванов А. А. Таможенное администрирование в ЕАЭС // Вестник Российской таможенной академии. 2019. № 2. С. 10–18.",
            "Кузнецова Е. В., Орлов Д. С. Транзит и пломбы // Таможенное дело. 2021. № 3. С. 5–9.",
            "Петров А. А. Управление рисками в таможенном деле. М.: Юрайт, 2020. 240 с.",
            "Сидоров П. А. Электронные декларации // Вестник Российской таможенной академии. 2018. № 4. С. 44–51.",
            "Смирнова О. Л. Транзит через Казахстан // Таможенная политика России на Дальнем Востоке. 2017. № 1. С. 3–12.",
            "Фёдоров К. Н. Пломбы и навигация. СПб.: Питер, 2016. 198 с.",
        ], ["Остаётся оговорка: национальные счета ряда стран измеряются с ошибкой.",
            "Всемирная организация здравоохранения приводит собственные данные.", "Осадки объясняют часть различий.",
            "Рост в сельском хозяйстве значит меньше, чем рост в промышленности.", "Дальнейшая работа может опереться на местные данные."]),
    ],
)
def test_an_unnumbered_reference_list_goes_on_after_paragraphs_set_inside_it(heading: str, entries: list[str],
                                                                              stray: list[str]) -> None:
    """The body's last paragraphs set between an author-year list's first entries and the rest (a page
    the layout read out of order): the entries after them are the same list, the paragraphs stay."""
    body = ("Введение. Таможенные органы используют навигационные пломбы." if heading.startswith("С") else
            "Introduction. Customs administrations use electronic seals.")
    article = make_article("\n\n".join([body, heading, *entries[:3], *stray, *entries[3:]]))
    parts(article, context())
    assert len(article.references) == len(entries)
    assert all(p in article.text for p in stray) and not any(e[:20] in article.text for e in entries)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anna Sundström, Michael Rönnlund, Rolf Adolfsson and Lars-Göran Nilsson",
         ["Anna Sundström", "Michael Rönnlund", "Rolf Adolfsson", "Lars-Göran Nilsson"]),
        ("Mona Baraké, Paul-Emmanuel Chouc, Theresa Neef & Gabriel Zucman",
         ["Mona Baraké", "Paul-Emmanuel Chouc", "Theresa Neef", "Gabriel Zucman"]),
        ("Chun Yee Lim, Giuseppe Lippi, Tze Ping Loh⁎, Andrea Rita Horvath, for the IFCC Task Force on COVID-19",
         ["Chun Yee Lim", "Giuseppe Lippi", "Tze Ping Loh", "Andrea Rita Horvath"]),
        ("Пётр Ёлкин, Анна Сёмина", ["Пётр Ёлкин", "Анна Сёмина"]),
    ],
)
def test_authors_with_accents_and_a_group(text: str, names: list[str]) -> None:
    found = front.authors_of(text)
    assert found is not None and [a.name for a in found] == names


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        ("FOREVER MINUS A DAY? CALCULATING OPTIMAL COPYRIGHT TERM\n\nRUFUS POLLOCK\n\nUNIVERSITY OF CAMBRIDGE\n\n"
         "Abstract. The optimal term of copyright has been debated for a decade.", "Rufus Pollock", None),
        ("ТАМОЖЕННЫЙ ТРАНЗИТ В ЕАЭС\n\nИВАН ПЕТРОВ\n\nРоссийская таможенная академия\n\n"
         "Аннотация. Статья посвящена таможенному транзиту.", "Иван Петров", None),
    ],
)
def test_a_lone_name_under_a_title_without_the_layouts_word(text: str, author: str, title: str | None) -> None:
    """With no title from the layout, the first line that may be a title stands for it, and one name
    alone under it is the author, not a heading."""
    article = make_article(text, fmt="pdf")
    parts(article, context())
    assert [a.name for a in article.authors] == [author]
    assert article.text.startswith(text.split("\n\n")[0])


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Research Article\n\nCustoms Seals and Transit Times\n\nASSOCIATION FOR\n\nPSYCHOLOGICAL SCIENCE\n\n"
         "Psychological Science\n\n2018, Vol. 29(7) 1084–1093\n\nDries H. Bostyn, Sybren Sevenhant, and Arne Roets\n\n"
         "Department of Psychology, Ghent University\n\nAbstract\n\nTransit times fall where seals are electronic.",
         ["Dries H. Bostyn", "Sybren Sevenhant", "Arne Roets"]),
        ("Научная статья\n\nТаможенные пломбы и сроки транзита\n\nАССОЦИАЦИЯ ДЛЯ\n\nТАМОЖЕННЫХ ИССЛЕДОВАНИЙ\n\n"
         "Экономический Вестник\n\n2019. Т. 5, № 2. С. 10–18\n\nИван Петров, Анна Смирнова\n\n"
         "Российская таможенная академия\n\nАннотация\n\nСроки транзита сокращаются там, где пломбы электронные.",
         ["Иван Петров", "Анна Смирнова"]),
    ],
)
def test_a_journals_and_a_societys_names_over_the_byline_are_no_authors(text: str, authors: list[str]) -> None:
    """A name in capitals broken after a little word («АССОЦИАЦИЯ ДЛЯ» / «ТАМОЖЕННЫХ ИССЛЕДОВАНИЙ») and
    two capitalised words over the issue's volume line (the journal's name) are no one's names, nor,
    set first on the page, the title."""
    article = make_article(text, fmt="pdf")
    parts(article, context())
    assert [a.name for a in article.authors] == authors
    paragraphs = text.split("\n\n")
    first = make_article("\n\n".join(paragraphs[4:6] + paragraphs[:2] + paragraphs[6:]), fmt="pdf")
    parts(first, context())
    assert paragraphs[4] not in first.text and first.text.startswith(paragraphs[1])
    assert [a.name for a in first.authors] == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("ИСПОЛЬЗОВАНИЕ ТЕХНОЛОГИЙ\nМАШИННОГО ОБУЧЕНИЯ ПРИ РЕШЕНИИ\nГЕОИНФОРМАЦИОННЫХ ЗАДАЧ\n\nКолесников А.А., "
         "Кикин П.М.\n\nСГУГиТ, г. Новосибирск\n\nАннотация\n\nСтатья посвящена машинному обучению.",
         ["Колесников А.А.", "Кикин П.М."]),
        ("MACHINE LEARNING TECHNOLOGY\nGEOGRAPHIC INFORMATION TASKS\n\nKolesnikov A.A., Kikin P.M.\n\nSiberian State "
         "University, Novosibirsk\n\nAbstract\n\nThe paper is about machine learning.", ["Kolesnikov A.A.", "Kikin P.M."]),
        ("ТАМОЖЕННЫЙ ТРАНЗИТ\n\nИВАН ПЕТРОВ\n\nРоссийская таможенная академия\n\nАннотация. Статья посвящена транзиту.",
         ["Иван Петров"]),
    ],
)
def test_a_title_in_capitals_is_no_list_of_names(text: str, authors: list[str]) -> None:
    """Words in capitals two by two read like names; a Russian title's are words the dictionary knows,
    a name in capitals is not («ИВАН ПЕТРОВ»)."""
    article = make_article(text, fmt="pdf")
    parts(article, context())
    assert [a.name for a in article.authors] == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("А.С. Махова (МГУ, Москва)", ["А.С. Махова"]),
        ("Махова А. С., Москва, МГУ", ["Махова А. С."]),
        ("А. С. Махова, И. И. Петров\nМосковский государственный университет", ["А. С. Махова", "И. И. Петров"]),
        ("Махова Анастасия Сергеевна – студентка, МГУ им. М.В. Ломоносова, makhova@mail.ru",
         ["Махова Анастасия Сергеевна"]),
        ("A. S. Makhova (MSU, Moscow)", ["A. S. Makhova"]),
        ("Makhova A. S., Moscow, MSU", ["Makhova A. S."]),
        ("Anna Makhova – student, Moscow State University, makhova@mail.ru", ["Anna Makhova"]),
        # names after the comma are no place, in capitals or with a group that signs
        ("ALEX KNORRE, VLADIMIR KUDRYAVTSEV, KSENIIA RUNOVA AND KIRILL TITAEV",
         ["Alex Knorre", "Vladimir Kudryavtsev", "Kseniia Runova", "Kirill Titaev"]),
        ("Shannon Doocy, Emily Lyles, Courtland W. Robinson and The IOCC/GOPA Study Team",
         ["Shannon Doocy", "Emily Lyles", "Courtland W. Robinson", "The IOCC/GOPA Study Team"]),
        # a post and a degree after the name, the line broken after a comma: no place
        ("В.Т. Борисович, проф., д.т.н.,", ["В.Т. Борисович"]),
        ("J. T. Smith, professor, PhD,", ["J. T. Smith"]),
    ],
)
def test_names_with_their_place_on_the_line_under_the_title(byline: str, authors: list[str]) -> None:
    """A manuscript's byline: the names, then in brackets or after a comma or a dash the place, a post
    or the institution's letters; the title above stays the title."""
    russian = re.search(r"[А-Яа-яЁё]", byline) is not None
    title = "Прогнозирование финансовых временных рядов" if russian else "Forecasting financial time series"
    rest = ("Аннотация. В работе исследуется точность прогноза.\n\nВведение\n\nРяды трудно прогнозировать."
            if russian else "Abstract. The paper studies forecast accuracy.\n\nIntroduction\n\nSeries are hard to forecast.")
    article = make_article(f"{title}\n\n{byline}\n\n{rest}", fmt="pdf")
    parts(article, context())
    assert [a.name for a in article.authors] == authors
    assert article.text.startswith(title) and byline.split()[1] not in article.text
    assert not any(re.search(r"проф|д\.т\.н|PhD|professor", place) for place in article.affiliations)


@pytest.mark.parametrize(
    ("cards", "authors", "place"),
    [
        # each author's card in turn under a title in capitals: the name, who the author is, the place, an e-mail
        ("Сидоров Пётр Андреевич, студент, направление подготовки 01.03.02 Прикладная математика, Самарский "
         "государственный университет, Самара\n\ne-mail: sidorov@example.ru\n\nКузнецова Мария Олеговна, кандидат "
         "физико-математических наук, доцент кафедры алгебры, Самарский государственный университет, Самара\n\n"
         "e-mail: kuz@example.ru", ["Сидоров Пётр Андреевич", "Кузнецова Мария Олеговна"], None),
        ("Peter Sidorov, student, Applied Mathematics programme, Samara State University, Samara\n\ne-mail: "
         "sidorov@example.ru\n\nMaria Kuznetsova, associate professor, Department of Algebra, Samara State "
         "University, Samara\n\ne-mail: kuz@example.ru", ["Peter Sidorov", "Maria Kuznetsova"], None),
        # the name on its line, the post and the place on the lines under it
        ("Сидоров Пётр Андреевич\nстудент, направление подготовки 01.03.02 Прикладная математика\nСамарский "
         "государственный университет, Самара\nE-mail: sidorov@example.ru\n\nКузнецова Мария Олеговна\nкандидат "
         "физико-математических наук, доцент кафедры алгебры\nСамарский государственный университет, Самара\n"
         "E-mail: kuz@example.ru", ["Сидоров Пётр Андреевич", "Кузнецова Мария Олеговна"],
         "Самарский государственный университет, Самара"),
        ("Peter Sidorov\nstudent, Applied Mathematics programme\nSamara State University, Samara\nE-mail: "
         "sidorov@example.ru\n\nMaria Kuznetsova\nassociate professor, Department of Algebra\nSamara State University, "
         "Samara\nE-mail: kuz@example.ru", ["Peter Sidorov", "Maria Kuznetsova"], "Samara State University, Samara"),
        # names with marks, then the marked affiliations: no more cards
        ("Chun Yee Lim a, Mary Kathryn Bohn b, for the IFCC Task Force on COVID-19\n\na Engineering Cluster, Singapore Institute of Technology, Singapore"
         "\n\nb Clinical Biochemistry, The Hospital for Sick Children, University of Toronto, Toronto, Canada",
         ["Chun Yee Lim", "Mary Kathryn Bohn"], None),
        ("Пётр Сидоров 1, Мария Кузнецова 2 (Рабочая группа МФКХ)\n\n1 Инженерный кластер, Самарский государственный университет, Самара"
         "\n\n2 Клиническая биохимия, Больница для детей, Университет Торонто, Торонто, Канада",
         ["Пётр Сидоров", "Мария Кузнецова"], None),
    ],
)
def test_each_authors_card_under_the_title(cards: str, authors: list[str], place: str | None) -> None:
    """A manuscript's front page: a card for each author after the title, and the abstract after them."""
    russian = has_cyrillic(cards)
    title = "ПОСТРОЕНИЕ МАТРИЦ МЕТОДОМ ПОВОРОТОВ" if russian else "CONSTRUCTION OF ROTATION MATRICES"
    rest = ("Аннотация: В работе строятся матрицы поворотов.\n\nКлючевые слова: матрица, поворот.\n\nВведение\n\n"
            "Матрицы широко применяются." if russian else "Abstract: The paper constructs rotation matrices.\n\n"
            "Keywords: matrix, rotation.\n\nIntroduction\n\nMatrices are widely used.")
    article = make_article(f"{title}\n\n{cards}\n\n{rest}", fmt="pdf")
    parts(article, context())
    assert [a.name for a in article.authors] == authors
    assert article.text.startswith(title) and authors[1].split()[0] not in article.text
    if place is not None:
        assert article.affiliations == [place]


@pytest.mark.parametrize(
    ("text", "institution", "title"),
    [
        ("Customs Fraud Detection with Trees\n\nSundong Kim Yu-Che Tsai\n\nInstitute for Basic Science\n\n"
         "Abstract\n\nCustoms administrations screen declarations.", "Institute for Basic Science",
         "Customs Fraud Detection with Trees"),
        ("Таможенный контроль товаров\n\nИван Петров Сергей Соколов\n\nРоссийская таможенная академия\n\n"
         "Аннотация\n\nСтатья посвящена таможенному контролю.", "Российская таможенная академия",
         "Таможенный контроль товаров"),
    ],
)
def test_an_institution_under_the_title_is_an_affiliation(text: str, institution: str, title: str) -> None:
    """Under the title and before the abstract an institution is an affiliation, though the names
    above it were not read as authors: it leaves the text, so no organisation comes from it."""
    article = make_article(text, fmt="pdf")
    parts(article, context())
    assert institution in article.affiliations and institution not in article.text
    assert article.text.startswith(title)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tariffs and Welfare\n\nAnna Smith a, Ina Jones b\n\na Norwegian School of Economics, Norway\n\n"
         "b UC Davis, NBER, CEPR, United States of America\n\nAbstract\n\nTariffs raise prices for households.",
         "UC Davis, NBER, CEPR, United States of America"),
        ("Пошлины и благосостояние\n\nИ. И. Иванов 1, П. П. Петров 2\n\n1 Московский государственный университет, "
         "Россия\n\n2 МГИМО, ВАВТ, Россия\n\nАннотация\n\nПошлины повышают цены для домохозяйств.", "МГИМО, ВАВТ, Россия"),
    ],
)
def test_a_place_opened_by_the_names_letter_and_closed_by_its_country_is_an_affiliation(text: str, place: str) -> None:
    """No institution's word in it ("NBER", «МГИМО»): the mark of the names before and the country after
    tell it; it leaves the text, so no organisation of the article comes from it."""
    article = make_article(text, fmt="pdf")
    parts(article, context())
    assert place in article.affiliations and place not in article.text


@pytest.mark.parametrize(
    ("text", "email", "abstract"),
    [
        ("РАЗРАБОТКА КИНЕТИЧЕСКОЙ МОДЕЛИ\n\nЮ. И. Афанасьева, И. К. Занин\n\nТомский политехнический университет\n\n"
         "E-mail: zanin@kinef.ru\n\nНа основе термодинамического анализа реакций гидрирования проведена оценка "
         "вероятности протекания реакций и составлена формализованная схема превращений.\n\nКлючевые слова: модель.",
         "zanin@kinef.ru", "На основе термодинамического анализа"),
        ("A KINETIC MODEL OF HYDROTREATING\n\nY. I. Afanasyeva, I. K. Zanin\n\nTomsk Polytechnic University\n\n"
         "E-mail: zanin@kinef.ru\n\nBased on a thermodynamic analysis of the reactions of hydrogenation, the odds of "
         "each reaction were estimated and a formal scheme of conversions was drawn up.\n\nKeywords: model.",
         "zanin@kinef.ru", "Based on a thermodynamic analysis"),
    ],
)
def test_a_contact_line_with_its_address_leaves_the_abstract_under_it(text: str, email: str, abstract: str) -> None:
    """A contact label with its address on the line stands for nothing below it: the prose that
    follows stays in the text."""
    article = make_article(text, fmt="pdf")
    parts(article, context())
    assert email in {a.email for a in article.authors} and email not in article.text
    assert abstract in article.text


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # the transliterated block printed first: the names as the Russian body spells them
        ("THE THEORY OF PHASE TRANSITIONS\n\nF. M. KUNI\n\nФИЗИЧЕСКИЕ ОСНОВЫ ТЕОРИИ\n\nФ. М. КУНИ\n\n"
         "Санкт-Петербургский государственный университет\n\nВВЕДЕНИЕ\n\nФазовые превращения вещества — широко "
         "распространенное явление природы. Простейшими их примерами служат превращение пара в жидкость и обратно.",
         ["Ф. М. Куни"]),
        ("ТЕОРИЯ ТАМОЖЕННЫХ СОЮЗОВ\n\nИ. И. Петров\n\nTHE THEORY OF CUSTOMS UNIONS\n\nI. I. Petrov\n\n"
         "Moscow State University\n\nINTRODUCTION\n\nCustoms unions are a common form of integration. The member "
         "states share one tariff and one border for goods from the rest of the world.", ["I. I. Petrov"]),
    ],
)
def test_the_authors_as_the_body_spells_them(text: str, authors: list[str]) -> None:
    article = make_article(text, fmt="pdf")
    parts(article, context())
    assert [a.name for a in article.authors] == authors


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("6, Miklukho-Maklaya str., Moscow, 117198, Russia", True),
        ("ул. Миклухо-Маклая, д. 6, Москва, Россия, 117198", True),
        ("1600 Pennsylvania Avenue NW, Washington, DC 20500, USA", True),
        ("Moscow, Russia", False),
        ("In 2019, 12345 declarations were filed, and 678 were checked.", False),
        ("Таможенные органы, 2019, 123456 деклараций", False),
    ],
)
def test_an_address_line(line: str, expected: bool) -> None:
    assert front.address(line) is expected


@pytest.mark.parametrize(
    ("body", "block", "title", "authors"),
    [
        # a Russian article's English block after the body: the title with the names run on, the
        # affiliation and its address, an abstract without a label, the keywords
        ("ГЕОМЕТРИЗАЦИЯ УРАВНЕНИЙ\n\nД. С. Кулябов, А. В. Королькова\n\nВВЕДЕНИЕ\n\nУравнения Максвелла "
         "описывают поле. Их геометризация полезна для расчетов линз.",
         "The Simplest Geometrization of Maxwell's Equations D. S. Kulyabov, A. V. Korolkova\n\n"
         "Telecommunication Systems Department\n\nPeoples' Friendship University of Russia\n\n"
         "6, Miklukho-Maklaya str., Moscow, 117198, Russia\n\nFor research in transformation optics the method "
         "of geometrization of the equations seems promising. It turns the coefficients of the constitutive "
         "equations into the effective geometry of spacetime, and solves the direct and inverse problems.\n\n"
         "Key words and phrases: Maxwell's equations, Riemann geometry.",
         ("en", "The Simplest Geometrization of Maxwell's Equations"), ["Д. С. Кулябов", "А. В. Королькова"]),
        ("GEOMETRIZATION OF THE EQUATIONS\n\nD. S. Kulyabov, A. V. Korolkova\n\nINTRODUCTION\n\nMaxwell's "
         "equations describe the field. Their geometrization helps to design lenses.",
         "Простейшая геометризация уравнений Максвелла Д. С. Кулябов, А. В. Королькова\n\n"
         "Кафедра систем телекоммуникаций\n\nРоссийский университет дружбы народов\n\n"
         "ул. Миклухо-Маклая, д. 6, Москва, Россия, 117198\n\nДля разработок в области трансформационной оптики "
         "перспективен метод геометризации уравнений. Он переводит коэффициенты материальных уравнений в "
         "эффективную геометрию пространства-времени и решает прямую и обратную задачи.\n\n"
         "Ключевые слова и фразы: уравнения Максвелла, риманова геометрия.",
         ("ru", "Простейшая геометризация уравнений Максвелла"), ["D. S. Kulyabov", "A. V. Korolkova"]),
    ],
)
def test_the_other_languages_block_before_its_keywords(body: str, block: str, title: tuple[str, str],
                                                        authors: list[str]) -> None:
    last = body.split("\n\n")[-1]
    article = make_article(f"{body}{(chr(10) * 2 + last) * 10}\n\n{block}", fmt="pdf")  # the body is the most of it
    parts(article, context())
    assert article.titles[title[0]] == title[1]
    assert [a.name for a in article.authors] == authors
    assert "117198" not in article.text and "Telecommunication" not in article.text.replace("Кафедра", "")
    assert ("For research" in article.text) or ("Для разработок" in article.text)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("П. О. Сёмин\n\nТАМОЖЕННЫЕ ДАННЫЕ В ОТКРЫТОМ ДОСТУПЕ\n\nАннотация. Описан набор данных о декларациях, "
         "собранный из открытых источников ФТС России за десять лет.\n\nКлючевые слова: открытые данные, таможня.\n\n"
         "Введение\n\nОткрытые данные таможни растут год от года.\n\nЛитература\n\n1. Иванов И. И. Таможня. – М., "
         "2020. – 100 с.\n\nН. М. Скобеев\n\nТЕНДЕНЦИИ ЗЕМЛЕПОЛЬЗОВАНИЯ\n\nВ ТУЛЬСКОЙ ОБЛАСТИ\n\nАннотация. В статье "
         "сравниваются данные переписи Росстата и докладов Росреестра.\n\nКлючевые слова: землепользование.\n\n"
         "Различия внутри регионов порой превосходят межрегиональные.",
         "Открытые данные таможни", ["Скобеев", "ТЕНДЕНЦИИ", "Росреестра", "Различия внутри"]),
        ("P. Syomin\n\nOPEN CUSTOMS DATA\n\nAbstract. A dataset of declarations is built from the open data of the "
         "customs service over ten years.\n\nKeywords: open data, customs.\n\nIntroduction\n\nOpen customs data grow "
         "year by year.\n\nReferences\n\n1. Smith J. Customs. London, 2020. 100 p.\n\nN. M. Skobeev\n\nLAND USE "
         "TRENDS\n\nIN THE TULA REGION\n\nAbstract. The article compares the data of the agricultural census and of "
         "the land registry.\n\nKeywords: land use.\n\nRegional differences sometimes exceed national ones.",
         "Open customs data grow", ["Skobeev", "LAND USE", "land registry", "Regional differences"]),
    ],
)
def test_the_next_article_after_the_references_leaves_the_text(text: str, kept: str, gone: list[str]) -> None:
    """A proceedings volume's cut whose last page begins the next paper: its names, title, abstract and
    body after this article's references are not this article's."""
    article = parts(make_article(text, fmt="pdf"), context())
    assert kept in article.text
    assert not [g for g in gone if g in article.text]
    assert any("next article" in w for w in article.warnings)


@pytest.mark.parametrize("path", ["book_like_ru.txt", "book_like_en.txt"])
def test_a_news_text_without_front_matter_is_read_whole(path: str) -> None:
    """A short news text, its first line a sentence with a figure: no front matter, no references, and
    nothing taken out."""
    from pipeline import analyze

    text = {"book_like_ru.txt": "22-летний житель Аризоны, открывший стрельбу, предстал перед судом в Тусоне.\n\n"
                                "В понедельник его защиту взял на себя адвокат из Сан-Диего.\n\n"
                                "Министерство юстиции США просит для него пожизненного заключения.",
            "book_like_en.txt": "A 22-year-old resident of Arizona who opened fire appeared in court in Tucson.\n\n"
                                "On Monday a lawyer from San Diego took up his defence.\n\n"
                                "The US Department of Justice seeks a life sentence for him."}[path]
    article = analyze(text)
    assert article.text.count("\n\n") == 2 and not any("apparatus" in w for w in article.warnings)


def _authors_block(people: list[tuple[str, str]], address: str) -> str:
    return "\n\n".join(f"{name}\n\n{note}\n\n{address}" for name, note in people)


@pytest.mark.parametrize(
    ("body", "title", "people", "address", "abstract", "label"),
    [
        ("ТАМОЖЕННЫЕ ЗАМЕТКИ\n\nИванов И. И.\n\nВведение\n\nТранзит растёт. Пломбы применяются шире.",
         'Comments on the Article "Transit in the Union" by A.Petrov',
         [("Ivan Ivanov", "Candidate of Economic Sciences, Lead Researcher, Institute of Economics, Russian Academy "
                          "of Sciences"),
          ("Olga Smirnova", "PhD, Associate Professor, Department of Economics, University of Exeter"),
          ("Pavel Sidorov", "Research Intern, Institute of Ethnology, Russian Academy of Sciences")],
         "Address: Lenin St., 13a, Perm, 614001 Russian Federation, E-mail: author@example.org",
         "The text presents the opinions of researchers of transit on the article by Andrei Petrov, who "
         "proposes a model of customs transit for the Union. The authors agree that the model is useful, but doubt "
         "that one scheme can fit every kind of transit. Among the topics discussed are the guarantees, the seals "
         "and the electronic declarations of the carriers.", "Keywords: transit, customs, seals."),
        ("CUSTOMS NOTES\n\nJohn Smith\n\nIntroduction\n\nTransit grows. Seals are used more widely.",
         "Обсуждение статьи А. Петрова «Транзит в Союзе»",
         [("Иван Иванов", "Кандидат экономических наук, ведущий научный сотрудник, Институт экономики РАН"),
          ("Ольга Смирнова", "Доцент кафедры экономики, Университет Эксетера"),
          ("Павел Сидоров", "Стажёр-исследователь Института этнологии РАН")],
         "Адрес: ул. Ленина, 13а, Пермь, 614001 Российская Федерация, E-mail: author@example.org",
         "В тексте представлены мнения исследователей транзита о статье Андрея Петрова, который предлагает "
         "модель таможенного транзита для Союза. Авторы согласны, что модель полезна, но сомневаются, что одна "
         "схема подходит для любого транзита. Среди прочих тем обсуждения: гарантии, пломбы и электронные "
         "декларации перевозчиков.", "Ключевые слова: транзит, таможня, пломбы."),
    ],
)
def test_the_other_languages_block_with_a_note_on_each_author(body: str, title: str, people: list[tuple[str, str]],
                                                              address: str, abstract: str, label: str) -> None:
    """The other language's block with a name, a note and an address for each of several authors: its
    title stands above them all, whole though it names the author of the work it is about."""
    last = body.split("\n\n")[-1]
    block = f"{title}\n\n{_authors_block(people, address)}\n\n{abstract}\n\n{label}"
    article = make_article(f"{body}{(chr(10) * 2 + last) * 10}\n\n{block}", fmt="pdf")
    parts(article, context())
    assert title in article.titles.values()
    assert abstract in article.text.split("\n\n")  # a paragraph of its own, to be read as the abstract
    assert "614001" not in article.text and people[1][0] not in article.text


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("МОДЕЛЬ ГИДРООЧИСТКИ\n\nЮ. И. Афанасьева, И. К. Занин\n\nВведение\n\n" + "Процессы гидроочистки важны для "
         "переработки нефти. Их изучают давно и подробно. " * 6 + "\n\nСПИСОК ЛИТЕРАТУРЫ\n\n1. Баннов П. Г. Процессы "
         "переработки нефти. – М., 2000. – 224 с.\n\nМОНИТОРИНГ УСТАНОВОК\n\nЭ. Д. Иванчина, Е. Н. Ивашкина\n\n"
         "С использованием кинетической модели проведен мониторинг работы установки в условиях постоянного и "
         "увеличивающегося расхода воды, что позволило увеличить длительность рабочего цикла установки.\n\n"
         "Ключевые слова: модель, прогнозирование.", ["Ю. И. Афанасьева", "И. К. Занин"]),
        ("A MODEL OF HYDROTREATING\n\nY. I. Afanasyeva, I. K. Zanin\n\nIntroduction\n\n" + "Hydrotreating matters "
         "for oil refining. It has been studied for long. " * 6 + "\n\nReferences\n\n1. Bannov, P. G. Oil refining. "
         "Moscow, 2000. 224 p.\n\nMONITORING OF PLANTS\n\nE. D. Ivanchina, E. N. Ivashkina\n\nWith the kinetic "
         "model the work of the plant was monitored at a constant and at a growing water flow, which made the "
         "working cycle of the plant longer by fifteen per cent on average.\n\nKeywords: model, forecasting.",
         ["Y. I. Afanasyeva", "I. K. Zanin"]),
    ],
)
def test_the_next_articles_block_after_the_references_is_not_this_ones(text: str, authors: list[str]) -> None:
    """An offprint that runs into the next article: its title, authors and keywords are no part of this one."""
    article = make_article(text, fmt="pdf")
    parts(article, context())
    assert [a.name for a in article.authors] == authors


def test_a_title_the_layout_saw_whole_is_one_paragraph_again() -> None:
    from pipeline.layout.parts import _joined_title

    text = "ARTICLE\n\nRevenue Effects of the Global Minimum Tax Under Pillar\n\nTwo\n\nMona Baraké\n\nBody."
    joined = _joined_title(text, "Revenue Effects of the Global Minimum Tax Under Pillar Two")
    assert len(joined) == len(text)
    assert "Pillar\n Two\n\nMona" in joined
    assert _joined_title(text, "Some Other Title Altogether") == text


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("For a 15% rate, Devereux et al. (2020) find more revenue, as Landes and Posner (1989) argued.",
         ["Devereux et al. (2020)", "Landes and Posner (1989)"]),
        ("Tørsløv, Wier, and Zucman (2018, 2019) give the profits.", ["Tørsløv, Wier, and Zucman (2018, 2019)"]),
        ("Как показали Иванов и др. (2015), транзит растёт; Петров и Сидоров (2019) с этим согласны.",
         ["Иванов и др. (2015)", "Петров и Сидоров (2019)"]),
        ("Groups lobby members, according to Baumgartner et al. (2009: Table 7.1), and Smith and Jones (2001, p. 5).",
         ["Baumgartner et al. (2009: Table 7.1)", "Smith and Jones (2001, p. 5)"]),
        ("Как отмечают Иванов и др. (2015: табл. 2), транзит растёт.", ["Иванов и др. (2015: табл. 2)"]),
        # one word before a year is no citation unless the reference list has it
        ("The Treaty (2014) entered into force.", []),
    ],
)
def test_citations_said_in_the_sentence(text: str, cited: list[str]) -> None:
    assert [text[s:e] for s, e in references.citations(text)] == cited


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Коваленко А. И. Правовые проблемы защиты авторских прав // Вестник Санкт-Петербургского университета "
         "МВД России. – 2012. – Т. 54. – № 2. – С. 79.", True),
        ("рских и смежных прав в уголовном праве // Вестник Санкт-Петербургского университета МВД России. – 2012. – "
         "№ 2. – С. 79.", True),
        ("Life events and dementia: what is the nature of their relationship? Psychiatry Research, 30, 156–158. "
         "doi:10.1016/j.psychres.2011.01.001", True),
        ("Thomas R. Tørsløv, Ludvig S. Wier & Gabriel Zucman, The Missing Profits of Nations, NBER Working Paper "
         "Series, No. 24701 (2018).", True),
        # a body as the author, the year between points (the AEA's style)
        ("World Bank. 2007. \"World Development Indicators, Table 4.14: Exchange rates and prices.\"", True),
        ("Всемирный банк. 2019. Доклад о мировом развитии. Вашингтон.", True),
        # the first surname in (small) capitals, the names up to the year (political science journals' style)
        ("FRIEDEN, JEFFRY, AND DAVID A. LAKE. 2005. \"International Relations as a Social Science.\" Annals of the "
         "American Academy of Political and Social Science: 136–56.", True),
        ("ИВАНОВ, ИВАН, И ПЁТР ПЕТРОВ. 2019. «Таможенный транзит». Вестник 3 (2): 10–18.", True),
        ("INTRODUCTION, METHODS AND DATA. In 2014 the customs service measured transit times.", False),
        # prose and list items with years are not
        ("The growth of trade was 5% in 2019, as the ministry reported.", False),
        ("The World Bank raised its forecast in 2007. Trade grew.", False),
        ("On October 10, 2000, when reforms on the CIS were reached, the Eurasian Economic Community was formed.", False),
        ("10 октября 2000 года, после реформ СНГ, было образовано Евразийское экономическое сообщество.", False),
        ("3) Управление изменениями: в 2017 году вступило в силу Решение Высшего Евразийского совета.", False),
        ("4. The Arusha Declaration on Customs Integrity was adopted in 1993 and revised in 2003.", False),
    ],
)
def test_a_paragraph_that_describes_a_work(paragraph: str, expected: bool) -> None:
    """Footnotes and reference lists the layout left in the body are masked from the facts."""
    assert references.bibliographic(paragraph) is expected


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Введение\n\nТаможенные органы ЕАЭС применяют пломбы. Евразийская экономическая комиссия это одобрила.\n\n"
         "Информация об авторе\n\nПавел Олегович Сёмин\n\nаспирант\n\nПермский государственный университет;\n\n"
         "614068, Россия, г. Пермь, ул. Букирева, 15", "Пермский", "Евразийская экономическая комиссия"),
        ("Introduction\n\nCustoms administrations use seals. The World Customs Organization approved them.\n\n"
         "Information about the author\n\nPavel O. Syomin\n\nPhD Student\n\nPerm State University;\n\n"
         "Correspondence should be addressed to: Anna Sundström, Department of Psychology, Umeå University",
         "Perm State", "World Customs Organization"),
    ],
)
def test_notes_about_the_author_leave_the_body(text: str, gone: str, kept: str) -> None:
    article = make_article(text, fmt="pdf")
    parts(article, context())
    assert gone not in article.text and kept in article.text
    assert "Department of Psychology" not in article.text


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("Correspondence should be addressed to: Anna Sundström, Centre for Population Studies, Umeå University",
         "contact"),
        ("⁎Corresponding author at: National University Hospital, 5 Lower Kent Ridge Road, Singapore.", "contact"),
        ("Адрес для переписки: Россия, г. Пермь, ул. Букирева, 15", "contact"),
        ("The online version of this article is published under the Creative Commons Attribution licence.", "rights"),
        ("Keywords: Copyright, Copyright Term, Intellectual Property", None),
        # prose about copyright is no rights line; a rights line is
        ("Copyright terms grew over the last decades in most countries.", None),
        ("Copyright 2019 by the authors. All rights reserved.", "rights"),
        ("© Иванов И. И., 2024. Все права защищены.", "rights"),
    ],
)
def test_apparatus_lines_told_by_their_openers(paragraph: str, kind: str | None) -> None:
    assert front.kind_of(paragraph) == kind


def test_a_body_cited_as_the_author_is_a_citation() -> None:
    text = "as defined (American Psychiatric Association, 2000), with data of the ILO (ILO, 2021), met in (Astana, 2014)."
    assert [text[s:e] for s, e in references.citations(text)] == ["(American Psychiatric Association, 2000)",
                                                                   "(ILO, 2021)"]


@pytest.mark.parametrize(
    ("loud", "rest", "read"),
    [
        ("PARTICIPANTS WHO DEVELOPED DEMENTIA", "The WTO figures were not used.", "Participants who developed dementia"),
        ("THE WTO AND THE EAEU", "The WTO rules apply.", "The WTO and the eaeu"),
        ("ВОЗ И НЫНЕ ТАМ", "ВТО одобрила правила.", "Воз и ныне там"),
        ("ВТО И ЕАЭС", "Правила ВТО применяются.", "ВТО и еаэс"),
    ],
)
def test_text_in_capitals_keeps_only_the_abbreviations_the_rest_of_the_text_writes(loud: str, rest: str, read: str) -> None:
    """A registered abbreviation inside a line set in capitals keeps its capitals when the rest of the
    text writes it too; else it is a word like any other of the line ("WHO DEVELOPED")."""
    article = make_article(f"Introduction\n\n{loud}\n\n{rest}", fmt="pdf")
    parts(article, context())
    assert article.content.split("\n\n")[1] == read


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a Russian journal prints its list twice, the second time transliterated: one list of works
        ("Введение\n\nТранзит растёт.\n\nСписок литературы\n\n1. Иванов И. И. Транзит // Вестник. 2015. № 1. С. 1–9.\n\n"
         "2. Петров П. П. Пломбы // Таможня. 2019. № 2. С. 5–7.\n\n3. Smith J. Seals // Review. 2018. Vol. 3. P. 1–9.\n\n"
         "References\n\n1. Ivanov I. I. Tranzit [Transit]. Vestnik, 2015, no. 1, pp. 1–9.\n\n"
         "2. Petrov P. P. Plomby [Seals]. Tamozhnya, 2019, no. 2, pp. 5–7.\n\n3. Smith J. Seals. Review, 2018, vol. 3, pp. 1–9.", 3),
        # two lists in Latin letters are two lists
        ("Introduction\n\nTransit grows.\n\nReferences\n\n1. Smith, J. Transit. Review 3 (2015) 1–9.\n\n"
         "2. Jones, M. Seals. Customs 2 (2019) 5–7.\n\nData sources\n\n1. World Bank. WITS database. 2021.\n\n"
         "2. OECD. Trade statistics. 2020.", 4),
    ],
)
def test_a_transliterated_reference_list_is_not_counted_twice(text: str, count: int) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert len(article.references) == count
    assert "Vestnik" not in article.text and "Список литературы" not in article.text


@pytest.mark.parametrize(
    ("text", "count", "kept"),
    [
        # the file lost the list's heading: the entries that close the text are still the list
        ("Introduction\n\nCopyright terms grew in the Sixties and later.\n\n"
         + "\n\n".join(f"{name}, J. and Other, K. (200{i}). Title number {i}. Journal of Law, {i}(2):1–9."
                       for i, name in enumerate(["Akerlof", "Bessen", "Landes", "Liebowitz", "Nordhaus", "Watt"])),
         6, "Copyright terms grew"),
        ("Введение\n\nТранзит растёт.\n\n"
         + "\n\n".join(f"{name} И. И. Статья {i} // Вестник. 201{i}. № {i}. С. 1–9."
                       for i, name in enumerate(["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнова", "Волков"])),
         6, "Транзит растёт"),
        # entries the layout broke over two paragraphs are entries
        ("Introduction\n\nStress was measured.\n\nReferences\n\n"
         + "\n\n".join(f"{name}, L., Paillard-Borg, S. and Winblad, B.\n\n(200{i}). An active lifestyle "
                       f"number {i}. Lancet Neurology, 3, 343–353."
                       for i, name in enumerate(["Fratiglioni", "Green", "Lupien", "Motomura", "Norton"])), 5,
         "Stress was measured"),
    ],
)
def test_reference_lists_without_a_heading_or_broken_into_pieces(text: str, count: int, kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert len(article.references) == count
    assert article.text.rstrip().split("\n\n")[-1].startswith(kept)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("* This manuscript has been authorized by Fermi Research Alliance, LLC under Contract N. DE-AC02-07CH11359 "
         "with U.S. Department of Energy", True),
        ("by the Romanian Government Programme and all three authors were supported from the Nucleus programme. "
         "We acknowledge the use of the electron microscope of the University of Lille.", True),
        ("Работа выполнена при поддержке Российского научного фонда (грант № 19-11-00123). Авторы благодарят коллег.", True),
        ("Исследование выполнено за счет гранта Российского научного фонда № 22-28-00456.", True),
        # a short note that names one grant
        ("This publication was made possible (in part) by a grant from Carnegie Corporation of New York. The "
         "statements made and views expressed are solely the responsibility of the author.", True),
        ("Публикация подготовлена при поддержке гранта Фонда президентских грантов.", True),
        # a long list of thanks to people, seminars and funders
        ("We are grateful to " + ", ".join(f"Colleague{k} Surname{k}" for k in range(60)) + " for helpful comments, "
         "and to seminar participants at the Bank of Italy and the Bank of England. This paper was supported by the "
         "European Research Council (Grant Agreement No. 834253).", True),
        ("Нам помогли замечания " + ", ".join(f"Коллега{k} Фамилия{k}" for k in range(60)) + ". Работа выполнена при "
         "поддержке Российского научного фонда (грант № 22-28-00456).", True),
        # a charge waived under a grant
        ("The open access article processing charge (APC) for this article was waived due to a grant awarded to "
         "Research & Politics from Carnegie Corporation of New York.", True),
        # prose about grants and funding is the body's
        ("We study how grants and contracts are funded by the state and supported by donors in the EAEU.", False),
        ("The project was funded by the World Bank under a grant of 5 million dollars.", False),
        ("Проект финансируется Всемирным банком, и таможенные органы получают поддержку.", False),
        # authors named by their initials
        ("A.D. is supported by the Project INCT-FNA, Proc. No. 464898/2014-5. R.P. is supported in part by the "
         "Swedish Research Council grants 621-2013-4287.", True),
        ("А.И. благодарит коллег; работа поддержана грантом РНФ № 22-28-00456 при поддержке университета.", True),
        # where an earlier version was presented, and who gave financial support
        ("An earlier version of this paper was presented at the ETSG conference in Vienna. We are grateful to two "
         "referees and to the Ford Foundation for financial support.", True),
        ("Предварительные версии этой статьи были представлены на семинаре кафедры социологии. Финансовая "
         "поддержка в ходе реализации проекта оказывалась Фондом Хилла.", True),
        ("Эта работа показывает, что статистика была представлена на сайте ФТС неполно, а финансовая поддержка "
         "экспортёров выросла.", False),
    ],
)
def test_statements_of_support_are_apparatus(paragraph: str, expected: bool) -> None:
    assert support.support_statement(paragraph) is expected
    article = parts(make_article(f"Introduction\n\nCustoms cooperation grows.\n\n{paragraph}", fmt="pdf"), context())
    assert (paragraph[:30] not in article.text) is expected


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # the corresponding author's address, wherever the layout set it: name, institution, street, postcode
        ("Introduction\n\nDrug arrests grew.\n\nAnna Lee, Institute for the Rule of Law, European University at "
         "Saint Petersburg, 6/1 Gagarinskaya Street, Saint Petersburg 191187, Russian Federation.\n\nPolice data "
         "cover ten years.", "Gagarinskaya", "Police data"),
        ("Introduction\n\nVisa rules tightened.\n\nJohn Smith, International Migration Institute, University of "
         "Oxford, 3 Mansfield Rd, Oxford OX13TB, UK.\n\nAsylum claims fell.", "Mansfield", "Asylum claims fell"),
        ("Введение\n\nАрестов стало больше.\n\nИванов Иван Иванович, доцент кафедры социологии Томского "
         "университета. Адрес: Томск, 634050, пр. Ленина, 36. E-mail: ivanov@example.ru Петрова Анна Сергеевна, "
         "кандидат социологических наук, научный сотрудник Центра исследований права Томского университета. "
         "Адрес: Томск, 634050, пр. Ленина, 36. E-mail: petrova@example.ru\n\nДанные полиции охватывают десять "
         "лет.", "Томского", "Данные полиции"),
        # an institution with its town under a mark, or a heading of the next article
        ("Введение\n\nРеакторы строятся.\n\n** ФГУП «НИИ Атом», г. Обнинск\n\nТопливо "
         "перерабатывается.", "Обнинск", "Топливо перерабатывается"),
        # prose that names a place or counts with a number of five digits stays
        ("Introduction\n\nThe survey covered 120000 firms in the University of Chicago sample, the Ministry of "
         "Finance, and the Central Bank.", "nothing", "120000 firms"),
        ("Введение\n\nЗаседание прошло в здании Министерства финансов, г. Москва.", "nothing", "Заседание прошло"),
    ],
)
def test_an_authors_address_leaves_the_body(text: str, gone: str, kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert gone not in article.text and kept in article.text


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Введение\n\nСинтез речи развивается.\n\nАнна Ивановна Соломенник\n\n— ООО \"Речевые технологии\", Минск; "
         "научный сотрудник", "Речевые технологии", "Синтез речи"),
        ("Introduction\n\nSpeech synthesis grows.\n\nJohn Smith\n\n— PhD, researcher, Speech Technology Center; "
         "E-mail: smith@example.com", "Speech Technology Center", "Speech synthesis"),
        # a marked affiliation the columns set inside the body, and the authors' details after it
        ("Introduction\n\nAnticoagulation is used.\n\n1 Department of Surgery, University of Calgary, Calgary, Canada\n\n"
         "Weight heparins are the primary prophylaxis.", "University of Calgary", "Weight heparins"),
        ("Введение\n\nТранзит растёт.\n\n1 Кафедра таможенного дела, Российская таможенная академия, Люберцы, Россия\n\n"
         "Пломбы применяются шире.", "Российская таможенная академия", "Пломбы применяются"),
        ("Introduction\n\nStress was measured.\n\nAuthor details\n\n1 Department of Surgery, University of Calgary, "
         "Calgary, Canada.\n\nCite this article as: Datta et al.", "University of Calgary", "Stress was measured"),
        # an "Affiliation:" block after the body: each author's name, places and contacts, across
        # a page's end, as far as the journal's imprint
        ("Introduction\n\nSpectra were fitted.\n\nAffiliation:\n\nKatharine Smith\n\nDepartment of Physics and Astronomy"
         "\n\nFree University\n\n1081 HV Amsterdam, The Netherlands\n\nE-mail: kate@example.org\n\nIvo Jones\n\n"
         "Department of Physics and Astronomy\n\nFree University", "Department of Physics", "Spectra were fitted"),
        ("Введение\n\nСпектры аппроксимированы.\n\nАффилиация:\n\nИванова Мария Петровна\n\nКафедра физики\n\n"
         "Новгородский государственный университет\n\nE-mail: ivanova@example.org\n\nПетров Иван Ильич\n\n"
         "Кафедра физики\n\nНовгородский государственный университет", "Новгородский", "Спектры аппроксимированы"),
        # an author's address the columns set in the body: the name, the places and the e-mail
        ("Introduction\n\nMobility brings new concepts.\n\nFaisal Hussain\n\nComputer Sciences Department, College of "
         "Signals, National University of Sciences and Technology, Islamabad, Pakistan faisal@example.edu.pk\n\n"
         "Sensor networks route the data.", "College of Signals", "Sensor networks route"),
        ("Введение\n\nМобильность меняет сети.\n\nИван Петров\n\nКафедра информатики, Новгородский государственный "
         "университет, Великий Новгород, Россия petrov@example.ru\n\nСенсорные сети передают данные.",
         "Новгородский", "Сенсорные сети"),
        # an author's note after the body, its e-mail broken after the "@" at a line's end
        ("Introduction\n\nThe arm was modelled.\n\nDina Young, Computer Vision and Robotics Institute, University "
         "of Girona, Spain. E-mail: dina.young@ gmail.com.", "University of Girona", "The arm was modelled"),
        ("Введение\n\nМанипулятор смоделирован.\n\nИрина Юнг, Институт компьютерного зрения, Новгородский "
         "государственный университет, Россия. E-mail: irina.yung@ mail.ru.", "Новгородский", "Манипулятор смоделирован"),
        # a heading run into its paragraph: acknowledgements, with the places they name
        ("Introduction\n\nTriple therapy was used.\n\nAcknowledgements Our thanks to Professor Qiu (Department of "
         "Public Health, Shanghai Jiaotong University School of Medicine, Shanghai, China) for the strains.",
         "Shanghai Jiaotong", "Triple therapy"),
        ("Введение\n\nПрименена тройная терапия.\n\nБлагодарности Авторы благодарят профессора Иванова (кафедра "
         "микробиологии, Новгородский государственный университет) за штаммы.", "Новгородский", "тройная терапия"),
        # the other language's block after the body: its affiliation under its title in capitals
        ("Введение\n\nТоварооборот растёт.\n\nUSE OF ARTIFICIAL INTELLIGENCE FOR RETAIL FORECAST\n\n"
         "Izhevsk State Technical University\n\nGroups of factors influencing goods turnover are given.",
         "Izhevsk State", "Товарооборот растёт"),
        # a journal's notes on the authors' lives after the references, broken by the columns
        ("Introduction\n\nRisk is assessed by simulation.\n\nReferences\n\n[1] A. Smith, Risk models, 2020.\n\n"
         "STEPHEN C. PHILLIPS received the B.Sc. degree in chemistry from the University of Southampton, U.K., "
         "in 1997.\n\nMIKE SURRIDGE received the Ph.D. degree in physics in Southampton, in 1986.\n\n"
         "He was with the University of Amsterdam before returning to Southampton.",
         "University of Amsterdam", "Risk is assessed"),
        ("Introduction\n\nRisk is assessed.\n\nAnna Lee (Member, IEEE) is currently a professor at Delft University "
         "of Technology. Her research interests include customs analytics.", "Delft University", "Risk is assessed"),
        ("Введение\n\nРиск оценивается моделированием.\n\nИВАНОВ Иван Иванович — кандидат технических наук, "
         "окончил Уральский федеральный университет в 2001 г.\n\nего научные интересы: таможенная аналитика.",
         "Уральский федеральный", "Риск оценивается"),
        ("Введение\n\nРиск оценивается моделированием.\n\nПетров Пётр Петрович, доцент, окончил Московский "
         "государственный университет, кандидат экономических наук.", "Московский государственный", "Риск"),
        # a note on an author's life without a comma after the name («Куракин Дмитрий Юрьевич кандидат ... наук»)
        ("Введение\n\nОбразование растёт.\n\nКуракин Дмитрий Юрьевич кандидат социологических наук, директор Центра "
         "культурсоциологии Института образования НИУ ВШЭ. E-mail: dk@example.ru", "культурсоциологии",
         "Образование растёт"),
        ("Introduction\n\nEducation grows.\n\nDmitry Kurakin Candidate of Sciences in Sociology, director of the Centre "
         "for Cultural Sociology, HSE University. E-mail: dk@example.ru", "Cultural Sociology", "Education grows"),
        # the authors' full names, posts and degrees after the body, without a heading or an e-mail
        ("Введение\n\nТопливо перерабатывается.\n\nЧебесков Александр Николаевич, главный научный сотрудник ФГУП "
         "«ГНЦ РФ-ФЭИ», доктор технических наук.", "ГНЦ", "Топливо перерабатывается"),
        ("Introduction\n\nFuel is reprocessed.\n\nKorobeynikov Valerij Vasil'evich, Principal Scientist of "
         "Department, FSUE «SSC RFIPPE», Dr. Sci. (Engineering), Professor.", "RFIPPE", "Fuel is reprocessed"),
        # a note on one of the byline's authors, who he or she is, without a degree or a label
        ("Connective Action on Social Media\n\nKarla K. Gower, Elmie Nekmat\n\nAbstract. Connective action grows.\n\n"
         "Introduction\n\nPeople act together online.\n\nKarla K. Gower is the Behringer Distinguished Professor in the "
         "Advertising Department of the University of Alabama.", "University of Alabama", "People act together"),
        ("Коллективные действия в социальных сетях\n\nА. Б. Иванова, П. П. Петров\n\nАннотация. Действия растут.\n\n"
         "Введение\n\nЛюди действуют вместе.\n\nА. Б. Иванова — доцент кафедры таможенного дела Российской "
         "таможенной академии.", "Российской таможенной академии", "Люди действуют вместе"),
        # acknowledgements under a heading in the singular
        ("Introduction\n\nRisk is assessed.\n\nACKNOWLEDGMENT\n\nThe work was done at the IT Innovation Centre, "
         "University of Southampton.", "IT Innovation", "Risk is assessed"),
        ("Введение\n\nРиск оценивается.\n\nБлагодарность\n\nРабота выполнена в Институте проблем "
         "правоприменения.", "правоприменения", "Риск оценивается"),
        # a note on funding set in a narrow column, a paragraph a line
        ("Introduction\n\nScreening resumed after the lockdown.\n\nL003120/1), the British Heart Foundation (RG/13/\n\n"
         "13/30194) and the NIHR Cambridge Biomedical\n\nResearch Centre (BRC). LGK is funded by the NIHR Blood and\n\n"
         "Transplant Research Unit (NIHR BTRU-2014-10024).\n\nThe screening model is open.",
         "British Heart Foundation", "The screening model is open"),
        ("Введение\n\nСкрининг возобновлён.\n\nРабота выполнена при поддержке Российского\n\nнаучного фонда "
         "(грант № 22-28-00456) и\n\nМинистерства науки и высшего образования.\n\nМодель открыта.",
         "Российского", "Модель открыта"),
    ],
)
def test_notes_about_authors_and_affiliations_after_the_body(text: str, gone: str, kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert gone not in article.text and kept in article.text


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # a rights line that signs the authors gives them
        ("ПРИМЕНЕНИЕ МЕТОДОВ ИНТЕЛЛЕКТА В ТОРГОВЛЕ\n\n© 2012 А. У Ибрагимов, Л. А. Ибрагимова\n\n"
         "Ижевский государственный технический университет\n\nПриведены группы факторов товарооборота.",
         ["А. У Ибрагимов", "Л. А. Ибрагимова"]),
        ("TRADE FACILITATION IN THE EAEU\n\n© 2021 John Smith, Mary Jones\n\nNorth Sea University\n\n"
         "Trade facilitation grew in the Union.", ["John Smith", "Mary Jones"]),
        # the year after the names, the names in brackets; a byline after the rights line names them as printed
        ("ТАМОЖЕННЫЙ ТРАНЗИТ В ЕАЭС\n\n© Бобров Д. В., Солдатов К. С., 2015\n\n"
         "Аннотация. Статья о таможенном транзите в союзе.", ["Бобров Д. В.", "Солдатов К. С."]),
        ("Customs transit in the Union\n\n© (D. V. Bobrov, K. S. Soldatov)\n\n"
         "Abstract. The article is about customs transit.", ["D. V. Bobrov", "K. S. Soldatov"]),
        ("Customs transit in the Union\n\n© Bobrov D. V., 2015\n\nDmitry V. Bobrov\n\n"
         "Abstract. The article is about customs transit.", ["Dmitry V. Bobrov"]),
        ("ТАМОЖЕННЫЙ ТРАНЗИТ В ЕАЭС\n\nД. В. Бобров\n\nАннотация. Статья о транзите в союзе.\n\n"
         "© Бобров Д. В., 2015", ["Д. В. Бобров"]),
        # a publisher signs no one
        ("Customs transit in the Union\n\n© Sage Publications 2019\n\nAbstract. The article is about transit.", []),
        # editors and reviewers named under their label are no authors
        ("Reviewed by:\n\nNishant K. Mishra, Icahn School of Medicine at\n\nMount Sinai, United States\n\n"
         "Optimizing Resources for Stroke Care\n\nShiwei Huang, Julian Maingard\n\nAbstract. Stroke care grows.",
         ["Shiwei Huang", "Julian Maingard"]),
        ("Рецензент:\n\nИван Петров, Сергей Сидоров\n\nТаможенный транзит в ЕАЭС\n\nАнна Смирнова, Олег Волков\n\n"
         "Аннотация. Статья о транзите.", ["Анна Смирнова", "Олег Волков"]),
    ],
)
def test_the_authors_among_rights_lines_editors_and_reviewers(text: str, authors: list[str]) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert [a.name for a in article.authors] == authors
    assert "©" not in article.text


@pytest.mark.parametrize(
    "paragraph",
    ["The European Commission has been granted the degree of freedom to act on tariffs.",
     "Smith received the data in 2019 and found that the degree of integration is high.",
     "Федеральная таможенная служба — орган, который окончил переход на электронное декларирование."],
)
def test_prose_about_degrees_is_no_biography(paragraph: str) -> None:
    assert not biography.biography(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    ["■ Simon Jäger is Associate Professor of Economics, Massachusetts Institute of Technology, Cambridge, "
     "Massachusetts. Their emails are sjaeger@mit.edu.",
     "Anna Smith is Professor of Law, University of Leeds, Leeds, United Kingdom.",
     "* Иванов Иван Иванович — профессор кафедры экономики, Уральский федеральный университет.",
     "Иванов Иван Иванович — кандидат экономических наук, доцент кафедры таможенного дела.",
     # the English note of a Russian journal, the degree as it is put into English
     "Kirill M. Zeyde, Candidate of Science in Physics and Mathematics, Associate Professor of the Department of "
     "Radioelectronics, Ural Federal University, Ekaterinburg, Russia.",
     "Ivan Petrov, Doctor of Economic Sciences, Professor, Russian Customs Academy, Lyubertsy, Russia."],
)
def test_a_note_on_an_author_is_a_biography(paragraph: str) -> None:
    assert biography.biography(paragraph)


def test_a_note_on_an_authors_post_names_no_organisation_of_the_article() -> None:
    text = ("Customs Cooperation in the Union\n\nThe Union's customs services exchange data on transit.\n\n"
            "■ Simon Jäger is Associate Professor of Economics, Massachusetts Institute of Technology, Cambridge, "
            "Massachusetts, and a Fellow of the National Bureau of Economic Research.\n\n"
            "The World Customs Organization helps the services agree on the data.")
    article = parts(make_article(text, fmt="pdf"), context())
    assert "Massachusetts Institute" not in article.text and "World Customs Organization" in article.text


@pytest.mark.parametrize(
    ("text", "count", "kept"),
    [
        # a piece of an entry set like a heading (a DOI broken off) does not end a numbered list
        ("Introduction\n\nTrade grows.\n\nReferences\n\n"
         + "\n\n".join(f"[{i}] A. Author{i}, Title number {i}, J. Trade, 20{10 + i}." for i in range(1, 4))
         + "\n\n[4] B. Brown, Customs data, Proc. Conf., 2020, doi:\n\n10.1109/dasc/picom/cbdcom/\n\nNov.\n\n"
         + "\n\n".join(f"[{i}] C. Author{i}, Title number {i}, J. Trade, 2021." for i in range(5, 8)),
         7, "Trade grows"),
        ("Введение\n\nТорговля растёт.\n\nСписок литературы\n\n"
         + "\n\n".join(f"{i}. Иванов{i} И. И. Работа номер {i} // Вестник. 20{10 + i}. С. 1–5." for i in range(1, 4))
         + "\n\n4. Петров П. П. Таможня. URL: http://example.ru/a/\n\nb/c/\n\nНоябрь\n\n"
         + "\n\n".join(f"{i}. Сидоров{i} С. С. Работа номер {i} // Вестник. 2021. С. 1–5." for i in range(5, 8)),
         7, "Торговля растёт"),
        # the columns set the list's heading before the body's last paragraphs: they stay
        ("Introduction\n\nTrade grows.\n\nREFERENCES\n\nThe last findings of the study are these.\n\nConclusion\n\n"
         "Customs cooperation deepens.\n\n"
         + "\n\n".join(f"{i}. Smith{i} J. Customs work number {i}. Moscow, 20{10 + i}. 160 p." for i in range(1, 6)),
         5, "Customs cooperation deepens"),
        ("Введение\n\nТорговля растёт.\n\nБИБЛИОГРАФИЧЕСКИЙ СПИСОК\n\nследующие выводы исследования таковы.\n\n"
         "Заключение\n\nТаможенное сотрудничество углубляется.\n\n"
         + "\n\n".join(f"{i}. Иванов{i} И. И. Работа номер {i}. М.: Статут, 20{10 + i}. 160 с." for i in range(1, 6)),
         5, "Таможенное сотрудничество углубляется"),
    ],
)
def test_a_numbered_reference_list_goes_on_while_its_numbers_do(text: str, count: int, kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert len(article.references) == count
    assert article.text.rstrip().split("\n\n")[-1].startswith(kept)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("PLOS ONE\n\nRESEARCH ARTICLE\n\nCustoms checks at the border during the pandemic\n\n"
         "Lois G. Kim ID1*, Morag Armer2\n\nAbstract\n\nChecks were resumed.\n\nIntroduction\n\nChecks resumed.",
         ["Lois G. Kim", "Morag Armer"]),
        ("ВЕСТНИК ТАМОЖНИ\n\nНАУЧНАЯ СТАТЬЯ\n\nТаможенный контроль на границе во время пандемии\n\n"
         "И. И. Иванов, П. П. Петров\n\nАннотация\n\nКонтроль возобновлён.\n\nВведение\n\nКонтроль возобновлён.",
         ["И. И. Иванов", "П. П. Петров"]),
    ],
)
def test_a_masthead_in_capitals_before_the_title_is_no_author(text: str, authors: list[str]) -> None:
    document = Document(path="x.pdf", data=b"", format="pdf", pages=[text], page_count=1, title=text.split("\n\n")[2])
    article = parts(make_article(text, fmt="pdf"), Context(shared_models(), document=document))
    assert [a.name for a in article.authors] == authors


@pytest.mark.parametrize(
    ("text", "keywords"),
    [
        # the keywords that close the first block name places and bodies, and stay keywords
        ("Релокация юридических компаний в России\n\nСёмин П.О.\n\nПермский государственный университет\n\n"
         "Аннотация. В статье представлены результаты анализа релокации юридических фирм в России за восемь лет, "
         "их распределение по регионам и по размеру, а также связь миграции с выручкой и числом работников фирм "
         "в каждом регионе страны.\n\nКлючевые слова: релокация компаний, юридические компании, ФНС России\n\n"
         "Relocation of Russian Legal Companies\n\nPavel O. Syomin\n\nPerm State University\n\n"
         "Abstract. The paper features the results of analysis of relocation of Russian legal companies.\n\n"
         "Keywords: relocation, legal companies\n\nВведение\n\nМиграция компаний важна.",
         {"ru": ["релокация компаний", "юридические компании", "ФНС России"], "en": ["relocation", "legal companies"]}),
    ],
)
def test_keywords_before_the_other_languages_block_stay(text: str, keywords: dict[str, list[str]]) -> None:
    from pipeline.analysis import analyze

    assert analyze(text).keywords == keywords


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [("12.00.03 – Гражданское право; предпринимательское право; семейное право", "catalogue"),
     ("08.00.14 Мировая экономика", "catalogue"),
     ("2.1.3 Трансграничная торговля выросла", None)],
)
def test_the_code_of_a_specialty_over_the_title(paragraph: str, kind: str | None) -> None:
    assert front.kind_of(paragraph) == kind


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # notes on the authors a sidebar sets on the first page end where the body's prose begins
        ("Customs checks after the lockdown\n\nAnna Lee, PhD; Boris Green, MD\n\nIntroduction\n\n"
         "Author Affiliations: Yale School of\n\nPublic Health, New Haven (Lee); Harvard\n\nMedical School, Boston "
         "(Green).\n\nCorresponding Author: Anna Lee, PhD, Department of Health Policy, 60 College St, New Haven "
         "(anna.lee@example.edu).\n\nThe pandemic has disproportionately affected border regions, and customs "
         "checks were resumed in stages. Understanding what the checks cost traders is the aim of this study, "
         "which uses the declarations of ten years.\n\nMethods\n\nWe used the declarations.",
         "Harvard", "The pandemic has disproportionately"),
        ("Таможенный контроль после пандемии\n\nИ. И. Иванов, П. П. Петров\n\nВведение\n\n"
         "Сведения об авторах: Иванов И. И. — Российская\n\nтаможенная академия, Люберцы; Петров П. П. —\n\n"
         "Московский государственный университет.\n\nПандемия сильнее всего затронула приграничные регионы, и "
         "таможенный контроль возобновлялся поэтапно. Цель исследования — оценить, во что обходится контроль "
         "участникам торговли, по декларациям за десять лет.\n\nМетоды\n\nИспользованы декларации.",
         "Московский государственный", "Пандемия сильнее всего"),
    ],
)
def test_notes_on_the_authors_in_a_sidebar_end_where_the_prose_begins(text: str, gone: str, kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert gone not in article.text and kept in article.text


@pytest.mark.parametrize(
    ("text", "notes", "kept"),
    [
        ("Introduction\n\nExcess deaths are estimated.\n\nNotes\n\n1. The Human Security Report Project "
         "debunked the estimate.\n\n2. See the original paper.\n\n3. Nothing is recorded for three deaths\n\n"
         "4. We use Poisson models.", 4, "Excess deaths are estimated"),
        ("Введение\n\nОценена избыточная смертность.\n\nПримечания\n\n1. Проект «Доклад о безопасности "
         "человека» оспорил оценку.\n\n2. См. исходную статью.\n\n3. Для трёх смертей запись отсутствует\n\n"
         "4. Использованы модели Пуассона.", 4, "Оценена избыточная смертность"),
    ],
)
def test_endnotes_after_the_body_are_footnotes(text: str, notes: int, kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert [f.mark for f in article.footnotes] == [str(i) for i in range(1, notes + 1)]
    assert "Проект" not in article.text and "Project" not in article.text and kept in article.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Introduction\n\nThe population ages.\n\nNotes\n\nThe research for this article was supported by the\n\n"
         "Centre for Population Change. Our work was funded by the European Research Council under grant no. 284238.\n\n"
         "We thank Anna Berg for her comments\n\n1 For instance, the baseline scenario of the\n\nEurostat projection "
         "issued in 2005 foresaw a decline\n\n2 However, Alho suggests that migration slows ageing.\n\n"
         "3 Women are counted by their age on January 1.", "The population ages"),
        ("Введение\n\nНаселение стареет.\n\nПримечания\n\nИсследование выполнено при поддержке\n\n"
         "Российского научного фонда, грант № 22-28-00456. Авторы благодарят Анну Бергову за замечания\n\n"
         "1 Например, базовый сценарий\n\nпрогноза Росстата 2005 года предполагал сокращение\n\n"
         "2 Однако Алхо полагает, что миграция замедляет старение.\n\n3 Женщины учтены по возрасту на 1 января.",
         "Население стареет"),
    ],
)
def test_endnotes_after_a_note_of_support_and_with_bare_numbers(text: str, kept: str) -> None:
    """"Notes" over the authors' thanks and grants and then notes numbered without a point: all of it
    leaves the text, the notes go to the footnotes whole (a note broken at a line end included)."""
    article = parts(make_article(text, fmt="pdf"), context())
    assert article.text.strip() == "\n\n".join(text.split("\n\n")[:2])
    assert [f.mark for f in article.footnotes] == ["1", "2", "3"]
    assert "2005" in article.footnotes[0].text and article.footnotes[0].text.split()[0] in ("For", "Например,")
    assert kept in article.text


@pytest.mark.parametrize(
    "text",
    [
        "Introduction\n\nTax revenues rise.\n\nTable 2. Revenues by country\n\nNotes\n\nThis table presents the "
        "distribution of revenues by country classification.\n\nThe European Commission proposes a directive.",
        "Введение\n\nНалоговые доходы растут.\n\nТаблица 2. Доходы по странам\n\nПримечания\n\nВ таблице "
        "показано распределение доходов по группам стран.\n\nЕвропейская комиссия предлагает директиву.",
    ],
)
def test_notes_under_a_table_stay_in_the_text(text: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert text.split("\n\n")[-1] in article.text and text.split("\n\n")[-2] in article.text
    assert not article.footnotes


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Introduction\n\nTrade grows.\n\nCarnegie Corporation of New York Grant\n\nThis publication was made "
         "possible (in part) by a grant from Carnegie Corporation of New York.", "Carnegie", "Trade grows"),
        ("Введение\n\nТорговля растёт.\n\nГрант Фонда президентских грантов\n\nПубликация подготовлена при "
         "поддержке гранта Фонда президентских грантов.", "Фонда", "Торговля растёт"),
    ],
)
def test_a_heading_over_apparatus_only_is_apparatus(text: str, gone: str, kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert gone not in article.text and kept in article.text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Introduction\n\nTurnout falls when polling places move.\n\nUniversity of Houston, USA\n\nVote centers in "
         "Texas\n\nCounties adopted vote centers in 2006.", "University of Houston"),
        ("Введение\n\nЯвка падает при переносе участков.\n\nНациональный исследовательский университет «Высшая "
         "школа экономики», Россия\n\nЦентры голосования\n\nРегионы ввели их в 2018 году.", "Высшая школа экономики"),
    ],
)
def test_an_institution_and_its_country_alone_on_a_line_is_an_affiliation(text: str, place: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert place not in article.text and any(place in a for a in article.affiliations)
    assert "Vote centers in" in article.text or "Центры голосования" in article.text


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Angrist JD and Pischke JS (2008) Mostly Harmless Econometrics: An Empiricist's Companion. Princeton, NJ: "
         "Princeton University Press.", True),
        ("International Rescue Committee (2007) Mortality in the Democratic Republic of Congo: An ongoing crisis. "
         "New York: IRC.", True),
        ("Lohr S (2009) Sampling: Design and Analysis, 2nd edn. Pacific Grove, CA: Duxbury Press.", True),
        ("Иванов ИИ и Петров ПП (2015) Таможенное регулирование. М.: Статут.", True),
        # prose that cites a work at a paragraph's start
        # the AEA's style: surname, given names, the others, then the year between points
        ("Bloom, Nicholas, Mirko Draca, and John Van Reenen. 2011. \"Trade Induced Technical Change?\" National "
         "Bureau of Economic Research Working Paper 16717.", True),
        ("Feyrer, James. 2009. \"Trade and Income: Exploiting Time Series in Geography.\" Working Paper 14910.", True),
        # a surname, a comma and the given name before the year; a body's work a quoted title opens
        ("Brinkley, Joel (2004) 'Dollars for democracy? US aid to Ukraine challenged', New York Times, 21 December.",
         True),
        ("Freedom House (2004) 'Election fraud in Ukraine presidential vote', www.freedomhouse.org/media, accessed 21 "
         "November 2005.", True),
        ("Иванов, Иван (2015) «Таможенное регулирование». М.: Статут.", True),
        # the Chicago style: the title in quotes after the names, or a book's place, publisher and year in brackets
        ("Amador, Manuel, and Kyle Bagwell, ''The Theory of Optimal Delegation with an Application to Tariff "
         "Caps,'' Econometrica, 81 (2013), 1541–1600.", True),
        ("Luenberger, David G., Optimization by Vector Space Methods (New York: John Wiley, 1969).", True),
        ("Иванов, Иван, «Таможенное регулирование в союзе», Вопросы экономики, 5 (2015), 10–20.", True),
        ("Смирнов, Пётр, Таможенное право (Москва: Статут, 2012).", True),
        ("Smith, John, a professor at Yale, said \"tariffs are bad,\" in 2015 at a meeting.", False),
        ("Иванов, Иван, профессор МГУ, сказал: «пошлины вредны», в 2015 году.", False),
        ("Smith and Jones (2013) Show that the effect of trade on growth is large: Imports rise.", False),
        ("Иванов и Петров (2015) Показали, что рост торговли в России: Импорт растёт.", False),
    ],
)
def test_entries_with_the_year_in_brackets_after_the_authors(paragraph: str, expected: bool) -> None:
    assert references.is_entry(paragraph) is expected


@pytest.mark.parametrize(
    ("text", "count", "kept"),
    [
        # a formula or a float the columns set inside a numbered list; the rest of the list after it
        ("Introduction\n\nThe model is kinetic.\n\nReferences\n\n"
         + "\n\n".join(f"{i}. Smith{i} J. Refining number {i}. Moscow, 20{10 + i}. 160 p." for i in range(1, 5))
         + "\n\nW\n\nk\n\n= ⋅ ⋅\n\nC\n\n5. Technological regulations of the hydrotreating unit LG-24/7.\n\n"
         + "\n\n".join(f"{i}. Brown{i} A. Fuels number {i}. Kazan, 20{10 + i}. 104 p." for i in range(6, 8)),
         7, "The model is kinetic"),
        ("Введение\n\nМодель кинетическая.\n\nСписок литературы\n\n"
         + "\n\n".join(f"{i}. Иванов{i} И. И. Переработка номер {i}. М., 20{10 + i}. 160 с." for i in range(1, 5))
         + "\n\nW\n\nk\n\n= ⋅ ⋅\n\nC\n\n5. Технологический регламент установки гидроочистки ЛГ-24/7.\n\n"
         + "\n\n".join(f"{i}. Петров{i} П. П. Топлива номер {i}. Казань, 20{10 + i}. 104 с." for i in range(6, 8)),
         7, "Модель кинетическая"),
    ],
)
def test_a_numbered_list_goes_on_after_a_float(text: str, count: int, kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert len(article.references) == count
    assert "регламент" not in article.text and "regulations" not in article.text and kept in article.text


@pytest.mark.parametrize(
    ("text", "count", "kept"),
    [
        # the rest of a list the columns set after the body's last paragraph, without its heading
        ("Introduction\n\nDeaths are estimated.\n\nReferences\n\n"
         + "\n\n".join(f"{name} J and Lee K (20{10 + i}) Work number {i}. Journal of Trade 5(2): 1–9."
                         for i, name in enumerate(["Adams", "Baker", "Clark"]))
         + "\n\nConclusion\n\nThe estimate unravels.\n\n"
         + "\n\n".join(f"{name} A (20{10 + i}) Study number {i}. Political Analysis 10(3): 244–260."
                         for i, name in enumerate(["Davis", "Evans", "Fisher", "Green", "Hughes"])),
         8, "The estimate unravels"),
        ("Введение\n\nОценены потери.\n\nЛитература\n\n"
         + "\n\n".join(f"{name} И. И. Работа номер {i} // Вестник. 20{10 + i}. № 2. С. 1–9."
                         for i, name in enumerate(["Иванов", "Петров", "Сидоров"]))
         + "\n\nЗаключение\n\nОценка неустойчива.\n\n"
         + "\n\n".join(f"{name} П. П. Статья номер {i} // Журнал. 20{10 + i}. № 3. С. 5–9."
                         for i, name in enumerate(["Кузнецов", "Смирнов", "Попов", "Волков", "Соколов"])),
         8, "Оценка неустойчива"),
    ],
)
def test_the_rest_of_a_list_after_the_body_without_its_heading(text: str, count: int, kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert len(article.references) == count
    assert article.text.rstrip().split("\n\n")[-1].startswith(kept)


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a Russian article's English block after its references, opened by its catalogue number
        ("Введение\n\nТаможенный контроль усиливается. " + "Посты обмениваются данными о грузах и перевозчиках. " * 8
         + "\n\nЛитература\n\n1. Иванов И. И. Таможня. М., 2010. 100 с.\n\n"
         "UDC 004.056.53 Main Purposes of Customs Control\n\nD. S. Kulyabov, A. V. Ulianov\n\n"
         "Telecommunication Systems Department\n\nPeoples' Friendship University of Russia\n\n"
         "Miklukho-Macklaya str., 6, Moscow, 117198, Russia\n\nThe article describes how customs control is raised "
         "by analysing the data received from the border posts, and the methods of learning the tactics of smugglers.",
         "Peoples' Friendship", "Таможенный контроль"),
        ("Introduction\n\nCustoms control grows. " + "The posts exchange data on goods and carriers. " * 8
         + "\n\nReferences\n\n1. Smith J. Customs. London, 2010. 100 p.\n\n"
         "УДК 004.056.53 Основные цели таможенного контроля\n\nД. С. Кулябов, А. В. Ульянов\n\n"
         "Кафедра систем телекоммуникаций\n\nРоссийский университет дружбы народов\n\n"
         "ул. Миклухо-Маклая, д. 6, Москва, 117198\n\nВ статье описано, как таможенный контроль усиливается "
         "анализом данных пограничных постов, и методы изучения тактики контрабандистов.",
         "Российский университет", "Customs control grows"),
    ],
)
def test_the_other_languages_block_after_the_references_opened_by_its_catalogue_number(text: str, gone: str,
                                                                                       kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert gone not in article.text and kept in article.text


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        ("COMPARATIVE ADVANTAGE AND OPTIMAL TRADE POLICY∗\n\nArnaud Costinot\n\nDave Donaldson\n\nJonathan Vogel\n\n"
         "The theory of comparative advantage is at the core of trade theory. We study optimal tariffs.\n\n"
         "I. Introduction\n\nTariffs are old.",
         "COMPARATIVE ADVANTAGE AND OPTIMAL TRADE POLICY", ["Arnaud Costinot", "Dave Donaldson", "Jonathan Vogel"]),
        ("ТАМОЖЕННЫЕ ПОШЛИНЫ И ТОРГОВАЯ ПОЛИТИКА∗\n\nИван Петров\n\nАнна Сидорова\n\nОльга Смирнова\n\n"
         "Теория сравнительных преимуществ лежит в основе теории торговли. Мы изучаем оптимальные пошлины.\n\n"
         "1. Введение\n\nПошлины существуют давно.",
         "ТАМОЖЕННЫЕ ПОШЛИНЫ И ТОРГОВАЯ ПОЛИТИКА", ["Иван Петров", "Анна Сидорова", "Ольга Смирнова"]),
    ],
)
def test_a_title_in_capitals_over_the_names_is_no_pair_of_names(text: str, title: str, authors: list[str]) -> None:
    """A title in capitals that reads like two names joined by "and", over names set in small letters:
    the line in capitals is the title, without the mark of its note."""
    from pipeline import analyze

    article = analyze(text)
    assert article.title == title
    assert [a.name for a in article.authors] == authors


@pytest.mark.parametrize(
    ("text", "authors", "place"),
    [
        ("Long-Distance Migration and Mortality in Sweden\n\nAnna Berg and Sven Lind Demography Unit, Department of "
         "Sociology, Stockholm University, Sweden\n\nInternational migrants often live longer than natives.\n\n"
         "INTRODUCTION\n\nMigration is studied.", ["Anna Berg", "Sven Lind"],
         "Demography Unit, Department of Sociology, Stockholm University, Sweden"),
        ("Researching Russia with digital trace data\n\nAlexey Bessudnov (University of Exeter)\n\nDigital trace data "
         "open new ways to study Russia.\n\nIntroduction\n\nData are scarce.", ["Alexey Bessudnov"],
         "University of Exeter"),
        ("Миграция и смертность в Швеции\n\nИван Петров, Анна Сидорова Кафедра экономики, Пермский государственный "
         "университет\n\nМигранты живут дольше местных жителей.\n\nВведение\n\nМиграцию изучают.",
         ["Иван Петров", "Анна Сидорова"], "Кафедра экономики, Пермский государственный университет"),
        ("Исследования России по цифровым следам\n\nИван Петров (Пермский государственный университет)\n\n"
         "Цифровые следы открывают новые пути.\n\nВведение\n\nДанных мало.", ["Иван Петров"],
         "Пермский государственный университет"),
    ],
)
def test_names_with_their_institution_on_one_line(text: str, authors: list[str], place: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert [a.name for a in article.authors] == authors
    assert article.affiliations == [place]


@pytest.mark.parametrize(
    ("text", "second", "language"),
    [
        ("УДК 339.543\n\nП.О. Сёмин\n\nНАБОР ОТКРЫТЫХ ДАННЫХ\n\nО ТАМОЖЕННЫХ ДЕКЛАРАЦИЯХ ФЕДЕРАЛЬНОЙ ТАМОЖЕННОЙ "
         "СЛУЖБЫ\n\nАннотация. Описан набор данных о декларациях за десять лет.\n\nВведение\n\nОткрытые данные "
         "таможни растут год от года.", "О ТАМОЖЕННЫХ ДЕКЛАРАЦИЯХ ФЕДЕРАЛЬНОЙ ТАМОЖЕННОЙ СЛУЖБЫ", "ru"),
        ("UDC 339.543\n\nP. O. Syomin\n\nAN OPEN DATASET ON THE DECLARATIONS\n\nFILED WITH THE STATE CUSTOMS AGENCY\n\n"
         "Abstract. A dataset of declarations over ten years is described.\n\nIntroduction\n\nOpen customs data grow "
         "year by year.", "FILED WITH THE STATE CUSTOMS AGENCY", "en"),
    ],
)
def test_a_title_in_capitals_goes_on_whatever_words_it_holds(text: str, second: str, language: str) -> None:
    """The second line of a title in capitals naming an institution is the title's, not an affiliation."""
    article = parts(make_article(text, fmt="pdf", language=language), context())
    assert second in article.text
    assert article.affiliations == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the other language's title in capitals over two paragraphs, the names run on after its second
        ("Введение\n\nГорода растут. " + "Фирмы переезжают в крупные города и нанимают работников. " * 8
         + "\n\nЛитература\n\n1. Иванов И. И. Города. М., 2010. 100 с.\n\nTHE RANK-SIZE RULE IN THE DISTRIBUTION OF "
         "RUSSIAN CITIES\n\nBY THE COUNT OF LEGAL COMPANIES Syomin P. O.\n\nPerm State University, Perm\n\n"
         "Abstract. The paper tests the rank-size rule on the count of legal companies in Russian cities.",
         "THE RANK-SIZE RULE IN THE DISTRIBUTION OF RUSSIAN CITIES BY THE COUNT OF LEGAL COMPANIES"),
        ("Introduction\n\nCities grow. " + "Firms move to large cities and hire employees there. " * 8
         + "\n\nReferences\n\n1. Smith J. Cities. London, 2010. 100 p.\n\nПРАВИЛО «РАНГ-РАЗМЕР» В РАСПРЕДЕЛЕНИИ "
         "ГОРОДОВ РОССИИ\n\nПО КОЛИЧЕСТВУ ЮРИДИЧЕСКИХ ФИРМ Сёмин П. О.\n\nПермский государственный университет, "
         "Пермь\n\nАннотация. В статье проверяется правило «ранг-размер» на числе юридических фирм в городах России.",
         "ПРАВИЛО «РАНГ-РАЗМЕР» В РАСПРЕДЕЛЕНИИ ГОРОДОВ РОССИИ ПО КОЛИЧЕСТВУ ЮРИДИЧЕСКИХ ФИРМ"),
    ],
)
def test_the_other_languages_title_in_capitals_over_two_paragraphs(text: str, title: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert title in article.titles.values()
    assert title.split()[1] not in article.text.split("\n\n")[-2]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a list of names the layout broke inside the last name is no title of the other language's block
        ("Введение\n\nДатчики работают. " + "Автодинные модули применяются в датчиках движения. " * 8
         + "\n\nЛитература\n\n1. Иванов И. И. Автодины. М., 2010. 100 с.\n\nSignals of autodyne modules with "
         "external detection\n\nVladislav Ya. Noskov, Sergey M. Smolskiy, Kirill A. Ignatkov, Andrey\n\n"
         "P. Chupakhin\n\nAbstract. The mathematical model of the autodyne module is developed.",
         "Signals of autodyne modules with external detection"),
        ("Introduction\n\nSensors work. " + "Autodyne modules are used in motion sensors. " * 8
         + "\n\nReferences\n\n1. Smith J. Autodynes. London, 2010. 100 p.\n\nСигналы автодинных модулей с внешним "
         "детектированием\n\nВ. Я. Носков, С. М. Смольский, К. А. Игнатков, Андрей\n\nП. Чупахин\n\n"
         "Аннотация. Разработана математическая модель автодинного модуля.",
         "Сигналы автодинных модулей с внешним детектированием"),
    ],
)
def test_names_broken_inside_the_last_one_are_no_title(text: str, title: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert title in article.titles.values()


@pytest.mark.parametrize(
    ("paragraphs", "firsts"),
    [
        # a body with the year in brackets opens an entry; a surname after an author's initial goes on one
        (["Theil, H. (1979), The Measurement of Inequality. Economics Letters 2, pp. 197–199. United Nations (2015), "
          "World Population Prospects. Available at <http://esa.un.org/>.", "Cappelen, A., F. Castellacci & B.",
          "Verspagen (2003), The Impact of Regional Support. Journal 41, pp. 621–644."],
         ["Theil", "United Nations", "Cappelen"]),
        (["Иванов, И. (2019), Транзит товаров. Вестник 2, с. 19–27. Всемирный банк (2019), Доклад о мировой торговле. "
          "URL: http://worldbank.org/.", "Петров, А., С. Сидоров & Б.", "Кузнецов (2003), Таможенный контроль. Журнал 41, с. 6–14."],
         ["Иванов", "Всемирный банк", "Петров"]),
    ],
)
def test_entries_opened_by_a_body_and_broken_after_an_initial(paragraphs: list[str], firsts: list[str]) -> None:
    assert [re.split(r"[,(]", e)[0].strip() for e in references.entries(paragraphs)] == firsts


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Figure 2 shows the regions.\n\nSource: United Nations (2015).\n\nThe map for UN (2015) is older.",
         ["United Nations (2015)", "UN (2015)"]),
        ("Рисунок 2 показывает регионы.\n\nИсточник: Всемирный банк (2019).\n\nКарта по данным ВБ (2019) старше.",
         ["Всемирный банк (2019)", "ВБ (2019)"]),
    ],
)
def test_a_body_the_references_list_as_an_author_is_cited_by_name_and_letters(text: str, cited: list[str]) -> None:
    listed = [references.parse(e) for e in references.entries(
        ["United Nations (2015), World Population Prospects. Available at <http://esa.un.org/>.",
         "Всемирный банк (2019), Доклад о мировой торговле. URL: http://worldbank.org/."])]
    assert [text[s:e] for s, e in references.citations(text, references.surnames(listed))] == cited


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("The map summarizes regional differences in ageing across Europe. The remote rural areas are also the oldest, "
         "and the pandemic weighs on them most. · 2020 Published by Elsevier Ltd.\n\n"
         "Introduction\n\nThe pandemic claims lives unequally across Europe.", "Elsevier"),
        ("Карта показывает различия в старении регионов Европы. Отдалённые сельские районы старше других, и пандемия "
         "бьёт по ним сильнее. © 2021 Издательство «Наука» и ООО «Статус».\n\n"
         "Введение\n\nПандемия уносит жизни неравномерно.", "Наука"),
        # "Published by" alone, without © and a year, or after the journal's ISSN
        ("Voters in areas facing import competition shifted votes toward the party more likely to restrict trade. "
         "Published by Elsevier B.V.\n\nIntroduction\n\nTrade has long been a contested issue.", "Elsevier"),
        ("Избиратели в районах с сильной конкуренцией импорта голосуют за протекционистов.\n\n"
         "0022-1996/Published by Elsevier B.V.\n\nВведение\n\nТорговля давно разделяет избирателей.", "Elsevier"),
    ],
)
def test_a_rights_line_ending_a_paragraph_gives_no_facts(text: str, publisher: str) -> None:
    from helpers import shared_models

    from pipeline import analyze

    article = analyze(text, models=shared_models())
    assert not any(publisher in o.name for o in article.organisations), article.organisations
    assert publisher in article.text and publisher not in article.content  # kept in the text, read for nothing
    assert text.split(".")[0] in article.content
    assert "in-text citations" not in " ".join(article.warnings)


@pytest.mark.parametrize("text", [
    "Порядок определён. Решение Совета ЕЭК от 10.12.2001 № 871 «О реструктуризации сети учреждений» вступило в силу.",
    "The procedure is set. The Department of Customs Policy of the Commission of 10 December 2001 approved it.",
])
def test_a_text_of_one_paragraph_of_prose_naming_an_institution_is_its_body(text: str) -> None:
    """One paragraph of two sentences that names an institution is prose about it, not an affiliation:
    the text keeps it and its facts are read."""
    from pipeline.analysis import analyze

    article = analyze(text)
    assert article.text.strip() == text and article.organisations


@pytest.mark.parametrize(("title", "cards", "abstract"), [
    ("On Building Secure Wide-Area Networks over Public Internet Service Providers",
     [("Marc Wyss", "ETH Zurich", "Department of Computer Science", "Zurich, Switzerland", "marc.wyss@inf.ethz.ch"),
      ("Roland Meier", "armasuisse Science and Technology", "Cyber-Defence Campus", "Thun, Switzerland",
       "roland.meier@ar.admin.ch"),
      ("Adrian Perrig", "ETH Zurich", "Department of Computer Science", "Zurich, Switzerland", "adrian.perrig@inf.ethz.ch")],
     "Abstract: Many public and private organisations use wide-area networks to connect their sites. Their security "
     "matters. We show how to build them over public providers."),
    ("Таможенное сотрудничество в Евразийском экономическом союзе",
     [("Иван Петров", "Российская таможенная академия", "Кафедра таможенного дела", "Люберцы, Россия", "petrov@rta.ru"),
      ("Анна Смирнова", "Московский государственный университет", "Экономический факультет", "Москва, Россия",
       "smirnova@econ.msu.ru"),
      ("Олег Козлов", "Российская таможенная академия", "Кафедра таможенного дела", "Люберцы, Россия", "kozlov@rta.ru")],
     "Аннотация: Статья посвящена таможенному сотрудничеству государств Союза. Рассмотрены его направления. Сделаны "
     "выводы о его развитии."),
])
def test_authors_in_cards_of_several_lines_each(title: str, cards: list[tuple[str, ...]], abstract: str) -> None:
    """A grid of author cards: each name over its affiliation, its place and its e-mail, every line a
    paragraph of its own; every name is an author, however many lines stand between two names."""
    from pipeline.layout.parts import parts

    text = "\n\n".join([title, *(line for card in cards for line in card), abstract,
                        "Introduction", "The body of the article goes on here. " * 8])
    article = parts(make_article(text, name="x.pdf", fmt="pdf"), context())
    assert [a.name for a in article.authors] == [card[0] for card in cards]


@pytest.mark.parametrize(("entries", "after"), [
    ([f"{n}. Иванов, И. И. Таможенное дело [Текст] / И. И. Иванов. – М.: Юрайт, {2000 + n}. – {100 + n} с." for n in range(1, 8)],
     ["USE OF ARTIFICIAL INTELLIGENCE FOR CUSTOMS CONTROL",
      "Groups of factors influencing the work of a customs post are given. Analysis algorithms and forecasts of the "
      "results of its activity are proposed. The approach was tried at a post of the region.",
      "Keywords: customs control, artificial neural networks, fuzzy logic"]),
    ([f"{n}. Smith, J. Customs control [Text] / J. Smith. – London: Wiley, {2000 + n}. – {100 + n} p." for n in range(1, 8)],
     ["ИСПОЛЬЗОВАНИЕ ИСКУССТВЕННОГО ИНТЕЛЛЕКТА В ТАМОЖЕННОМ КОНТРОЛЕ",
      "Приведены группы факторов, влияющих на работу таможенного поста. Предложены алгоритмы анализа и прогноза "
      "результатов его деятельности. Подход опробован на посту региона.",
      "Ключевые слова: таможенный контроль, нейронные сети, нечёткая логика"]),
])
def test_a_list_without_its_heading_ends_with_its_last_entry(entries: list[str], after: list[str]) -> None:
    """A reference list whose heading the file lost, and after it the other language's title, abstract
    and keywords: the list ends with its last entry, the abstract and keywords after it stay."""
    from pipeline.layout.parts import parts

    body = ["Таможенный контроль", "Аннотация. Статья о таможенном контроле. Рассмотрены его методы.",
            "Ключевые слова: таможня, контроль", "Введение", *(["Текст статьи о таможенном контроле идёт здесь. " * 6] * 4)] \
        if has_cyrillic(entries[0]) else ["Customs control", "Abstract. The paper is about customs control. Its methods "
                                          "are studied.", "Keywords: customs, control", "Introduction",
                                          *(["The text of the article on customs goes on here. " * 6] * 4)]
    article = parts(make_article("\n\n".join([*body, *entries, *after]), name="x.pdf", fmt="pdf"), context())
    assert len(article.references) == len(entries)
    assert after[1][:40] in article.text


@pytest.mark.parametrize(("line", "place"), [("(Omsk, Russia)", True), ("(г. Омск, Россия)", True), ("Zurich, Switzerland", True),
                                             ("Smith, John", False), ("Results, Discussion", False)])
def test_a_place_alone_on_its_line(line: str, place: bool) -> None:
    assert front.place_line(line) is place


@pytest.mark.parametrize(("body", "block"), [
    (["Введение", "Текст статьи о больших языковых моделях идёт здесь. " * 6, "Заключение. Модели работают лучше. " * 4],
     ["(Omsk, Russia)", "IMPROVING ACCURACY OF LARGE LANGUAGE MODELS",
      "Abstract: in recent years, large language models have become a key element of natural language processing. "
      "We show how retrieval makes their answers more accurate.", "Keywords: artificial intelligence, language models"]),
    (["Introduction", "The text of the article on large language models goes on here. " * 6, "Conclusion. Models work. " * 4],
     ["(г. Омск, Россия)", "ПОВЫШЕНИЕ ТОЧНОСТИ БОЛЬШИХ ЯЗЫКОВЫХ МОДЕЛЕЙ",
      "Аннотация: в последние годы большие языковые модели стали ключевым элементом обработки языка. Показано, как "
      "поиск делает их ответы точнее.", "Ключевые слова: искусственный интеллект, языковые модели"]),
])
def test_the_place_that_opens_the_other_languages_block_leaves_the_text(body: list[str], block: list[str]) -> None:
    """The other language's block after the body opens with the last line of its affiliation, the city
    and the country: it leaves the text with the rest of the apparatus, and its country is no fact."""
    from pipeline.layout.parts import parts

    title = "Тема статьи" if has_cyrillic(body[1]) else "The subject of the article"
    article = parts(make_article("\n\n".join([title, *body, *block]), name="x.pdf", fmt="pdf"), context())
    assert block[0] not in article.text and block[2][:30] in article.text


@pytest.mark.parametrize(("entries", "tables"), [
    ([f'Smith, John {n}. 200{n}. "Trade and Intermediaries," Columbia University, mimeograph.' for n in range(1, 8)],
     ["TABLE 1—DISTRIBUTION OF FIRMS, 2002", "Wholesale", "0.18 0.74 0.12", "Notes: Table reports shares of firms.",
      "TABLE 2—EXPORTS BY FIRM TYPE", "0.27 0.40 0.16", "Notes: Data are for 2002."]),
    ([f"{n}. Иванов, И. И. Таможенное дело / И. И. Иванов. – М.: Юрайт, {2000 + n}. – {100 + n} с." for n in range(1, 8)],
     ["Таблица 1 – Распределение фирм, 2002", "Оптовая торговля", "0,18 0,74 0,12", "Примечание: доли фирм.",
      "Таблица 2 – Экспорт по типам фирм", "0,27 0,40 0,16", "Примечание: данные за 2002 г."]),
])
def test_a_list_without_its_heading_before_the_tables_set_at_the_end(entries: list[str], tables: list[str]) -> None:
    """A reference list whose heading the file lost, then the tables a journal sets at the article's end:
    the list is found, its entries leave the text, the tables stay."""
    from pipeline.layout.parts import parts

    russian = has_cyrillic(entries[0])
    body = ["Введение", *(["Текст статьи о таможенном контроле идёт здесь. " * 6] * 4)] if russian \
        else ["Introduction", *(["The text of the article on customs goes on here. " * 6] * 4)]
    article = parts(make_article("\n\n".join([*body, *entries, *tables]), name="x.pdf", fmt="pdf"), context())
    assert len(article.references) == len(entries)
    assert "mimeograph" not in article.text and "Юрайт" not in article.text and tables[0] in article.text


@pytest.mark.parametrize("items", [
    [f"{n}. The European Union intends to eliminate tariffs on industrial goods of group {n} and to open its market "
     "to seafood and agricultural goods of the United States." for n in range(1, 8)],
    [f"{n}. Стороны обязуются отменить пошлины на промышленные товары группы {n} и открыть рынки для "
     "сельскохозяйственной продукции друг друга." for n in range(1, 8)],
])
def test_numbered_terms_closing_a_text_are_no_reference_list(items: list[str]) -> None:
    """A joint statement or an agreement that ends with its numbered terms, no heading before them: without a
    reference list's heading a number alone makes no entry, and the terms stay in the text."""
    from pipeline.layout.parts import parts

    lead = "The key terms include:" if items[0][3] == "T" else "Основные условия:"
    article = parts(make_article("\n\n".join(["Joint statement on trade" if lead[0] == "T" else "Совместное заявление",
                                               lead, *items]), name="x.txt", fmt="txt"), context())
    assert article.references == [] and items[-1][3:40] in article.text


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a heading of one word over the notes on the authors after the references
        ("Introduction\n\nReactors are built.\n\nReferences\n\n1. Smith J. Reactors. London, 2010. 100 p.\n\n"
         "Authors\n\nPetrov Ivan Sergeevich, Research Advisor of Director – Institute of Reactors, SSC RF-IPPE, "
         "Professor, Dr. Sci. (Engineering)\n\nEmail: petrov@example.ru", "Institute of Reactors", "Reactors are built"),
        ("Введение\n\nРеакторы строятся.\n\nЛитература\n\n1. Иванов И. И. Реакторы. – М., 2010. – 100 с.\n\n"
         "Авторы\n\nПетров Иван Сергеевич, советник директора – Институт ядерных реакторов, ГНЦ РФ-ФЭИ, "
         "профессор, доктор техн. наук\n\nE-mail: petrov@example.ru", "Институт ядерных", "Реакторы строятся"),
    ],
)
def test_notes_on_the_authors_under_a_one_word_heading_leave_the_body(text: str, gone: str, kept: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert gone not in article.text and kept in article.text


def test_authors_as_a_word_in_prose_is_no_heading() -> None:
    assert front.kind_of("Authors Smith and Jones (2010) show that tariffs fall.") is None
    assert front.kind_of("Авторы исследования показали, что пошлины снижаются.") is None
    assert front.kind_of("Authors") == "back" and front.kind_of("Авторы") == "back"


@pytest.mark.parametrize(
    ("body", "block", "title", "place"),
    [
        # the other language's block at the end: its abstract under «Реферат», a place marked with stars
        ("INTRODUCTION\n\nNuclear power plants produce a tenth of the world's electricity and their share grows.",
         "ЯДЕРНАЯ ЭНЕРГИЯ В БУДУЩЕМ\n\nИ.Л. Пиоро*, П.Л. Кириллов**\n\n*Университет Онтарио.\n\n"
         "** АО «Центр атомных исследований» им. А.И. Лейпунского.\n\nРЕФЕРАТ\n\nПроизводство электрической энергии "
         "обеспечивает деятельность промышленности и быта, и доля атомной энергии в нём растёт год от года.",
         ("ru", "ЯДЕРНАЯ ЭНЕРГИЯ В БУДУЩЕМ"), "Центр атомных исследований"),
        ("ВВЕДЕНИЕ\n\nАтомные станции дают десятую часть электроэнергии мира, и их доля растёт.",
         "NUCLEAR ENERGY IN THE FUTURE\n\nI.L. Pioro*, P.L. Kirillov**\n\n*University of Ontario.\n\n"
         "** JSC «Centre for Atomic Research» n.a. A.I. Leipunsky.\n\nAbstract\n\nElectricity production supports "
         "industry and households, and the share of nuclear energy in it grows year by year.",
         ("en", "NUCLEAR ENERGY IN THE FUTURE"), "Centre for Atomic Research"),
    ],
)
def test_a_place_marked_like_the_names_in_the_other_languages_block(body: str, block: str, title: tuple[str, str],
                                                                     place: str) -> None:
    last = body.split("\n\n")[-1]
    article = make_article(f"{body}{(chr(10) * 2 + last) * 10}\n\n{block}", fmt="pdf")
    parts(article, context())
    assert article.titles[title[0]] == title[1]
    assert place not in article.text and any(place in a for a in article.affiliations)
    assert ("Производство" in article.text) or ("Electricity production" in article.text)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # names with their initials side by side without a comma, the last initial without its point
        ("Воронкин Р.А Кочкаров У.А", ["Воронкин Р.А", "Кочкаров У.А"]),
        ("И.И. Иванов П.П. Петров", ["И.И. Иванов", "П.П. Петров"]),
        ("Smith J.A Jones K.B", ["Smith J.A", "Jones K.B"]),
        ("J.A. Smith K.B. Jones", ["J.A. Smith", "K.B. Jones"]),
        # a mark in a font's own code points after a name
        ("By ANDREW B. BERNARD AND PETER K. SCHOTT\uf0a4", ["Andrew B. Bernard", "Peter K. Schott"]),
        ("Иванов И.И.\uf0a4, Петров П.П.\uf0a4", ["Иванов И.И.", "Петров П.П."]),
        ("Таможенный Союз ЕАЭС", None),
        ("Roles Of Customs Unions", None),
    ],
)
def test_names_with_initials_side_by_side(line: str, names: list[str] | None) -> None:
    found = front.authors_of(line)
    assert (None if found is None else [a.name for a in found]) == names


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # the journal's line with its year and issue, the names run on after it
        ("Российская наука и образование сегодня. 2014. № 3. Сентябрь. Солошенко А.Е., Витовтова О.В.\n\n"
         "Обзор методов идентификации\n\nАннотация. Рассмотрены методы идентификации.\n\nВведение\n\n"
         "В статье рассмотрены методы идентификации личности на границе.",
         ["Солошенко А.Е.", "Витовтова О.В."]),
        ("Journal of Customs Studies. 2014. Vol. 3. September. Smith J.A., Jones K.B.\n\n"
         "A review of identification methods\n\nAbstract. Methods of identification are reviewed.\n\nIntroduction\n\n"
         "The article reviews methods of identifying persons at the border.",
         ["Smith J.A.", "Jones K.B."]),
    ],
)
def test_names_run_on_after_the_journals_line(text: str, authors: list[str]) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert [a.name for a in article.authors] == authors
    assert "2014" not in article.text and "методы идентификации" in article.text or "methods of identifying" in article.text


def _volume(pages: list[str]) -> Article:
    text, starts = "", []
    for page in pages:
        starts.append(len(text))
        text += page + "\n\n"
    return make_article(text.rstrip(), fmt="pdf", page_starts=starts)


@pytest.mark.parametrize(
    ("pages", "title", "gone"),
    [
        # an article cut from a volume with the volume's title page, imprint and contents before it
        (["СОВРЕМЕННЫЕ ИССЛЕДОВАНИЯ ТАМОЖЕННОГО ДЕЛА\n\nПод редакцией И.И. Иванова\n\nМосква\n\n2015",
          "Сборник статей. – М.: Издательство, 2015. – 150 с.\n\nISBN 978-5-906783-13-4",
          "СОДЕРЖАНИЕ\n\nПредисловие . . . . . . . . . . . . . . . 5\n\nПетров П.П.\n\nТаможенный транзит . . . . . . . . 8\n\n"
          "Сидоров С.С.\n\nТранзит в ЕАЭС . . . . . . . . . . . . 19",
          "ТРАНЗИТ В ЕАЭС: НОВЫЕ ПРАВИЛА\n\nСидоров С.С.\n\nАннотация\n\nСтатья описывает правила транзита товаров.\n\n"
          "Ключевые слова: транзит, ЕАЭС\n\nВведение\n\nТранзит товаров через союз растёт год от года.",
          "Правила транзита изменились в 2018 году, и перевозчики приспособились к ним."],
         ("ru", "ТРАНЗИТ В ЕАЭС: НОВЫЕ ПРАВИЛА"), "Предисловие"),
        (["CONTEMPORARY CUSTOMS RESEARCH\n\nEdited by J. Smith\n\nLondon\n\n2015",
          "Collected papers. London: Publisher, 2015. 150 p.\n\nISBN 978-5-906783-13-4",
          "CONTENTS\n\nPreface . . . . . . . . . . . . . . . . . 5\n\nPeters P.\n\nCustoms transit . . . . . . . . . 8\n\n"
          "Sidorov S.\n\nTransit in the EAEU . . . . . . . . 19",
          "TRANSIT IN THE EAEU: NEW RULES\n\nSergey Sidorov\n\nAbstract\n\nThe article describes the rules of transit.\n\n"
          "Keywords: transit, EAEU\n\nIntroduction\n\nThe transit of goods through the union grows year by year.",
          "The rules of transit changed in 2018, and carriers adapted to them."],
         ("en", "TRANSIT IN THE EAEU: NEW RULES"), "Preface"),
    ],
)
def test_a_volumes_front_pages_before_an_article_cut_from_it(pages: list[str], title: tuple[str, str], gone: str) -> None:
    article = parts(_volume(pages), context())
    assert article.text.startswith(title[1]) and [a.name for a in article.authors] == [pages[3].split("\n\n")[1]]
    assert gone not in article.text and "ISBN" not in article.text and "Под редакцией" not in article.text
    assert any("volume's front matter" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("opening", "line", "article"),
    [
        ("ИНФОРМАЦИОННЫЕ ТЕХНОЛОГИИ\n\nМатериалы конференции\n\nМосква, 2017", "Иванов И.И. Модель сети",
         "О ПАРАЛЛЕЛЬНЫХ ВЫЧИСЛЕНИЯХ\n\nКулябов Д.С.\n\nАннотация\n\nДоклад описывает параллельные вычисления.\n\n"
         "Ключевые слова: вычисления\n\nВведение\n\nВычисления растут год от года."),
        ("INFORMATION TECHNOLOGIES\n\nConference proceedings\n\nMoscow, 2017", "Ivanov I. A model of a network",
         "ON PARALLEL COMPUTING\n\nDmitry Kulyabov\n\nAbstract\n\nThe report describes parallel computing.\n\n"
         "Keywords: computing\n\nIntroduction\n\nComputing grows year by year."),
    ],
)
def test_a_volumes_contents_over_many_pages_before_an_article(opening: str, line: str, article: str) -> None:
    """A volume of many papers lists them over six pages and more; the article opens after the last."""
    contents = [f"{line} {n} . . . . . . . . . . . . . {10 * n}\n\n{line} {n}a . . . . . . . . . . . {10 * n + 3}"
                for n in range(1, 8)]
    read = parts(_volume([opening, "ISBN 978-5-209-07913-2", *contents, article, "The end of the text. Конец текста."]),
                 context())
    assert read.text.startswith(article.split("\n\n")[0]) and line not in read.text
    assert any("volume's front matter" in w for w in read.warnings)


def test_contents_before_a_report_without_an_abstract_stay() -> None:
    pages = ["REPORT ON CUSTOMS TRANSIT\n\n2015", "CONTENTS\n\nPreface . . . . . . . . . . . 3\n\nTransit . . . . . . . . . . 5",
             "Preface\n\nThe report describes the transit of goods.", "Transit\n\nThe transit of goods grows year by year."]
    article = parts(_volume(pages), context())
    assert "REPORT ON CUSTOMS TRANSIT" in article.text and not any("volume's" in w for w in article.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # the keywords right above the other language's abstract are no title of its block
        ("ТРАНЗИТ В ЕАЭС\n\nСидоров С.С.\n\nАннотация\n\nСтатья описывает правила транзита товаров через союз.\n\n"
         "Ключевые слова: транзит, таможенный союз, правила\n\nAbstract\n\nThe article describes the rules of transit.\n\n"
         "Keywords: transit, customs union\n\nВведение\n\nТранзит товаров через союз растёт год от года."),
        ("TRANSIT IN THE EAEU\n\nSergey Sidorov\n\nAbstract\n\nThe article describes the rules of transit of goods.\n\n"
         "Keywords: transit, customs union, rules\n\nАннотация\n\nСтатья описывает правила транзита.\n\n"
         "Ключевые слова: транзит, союз\n\nIntroduction\n\nThe transit of goods through the union grows."),
    ],
)
def test_keywords_over_the_other_languages_abstract_are_no_title(text: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert not any(t.startswith(("Ключевые", "Keywords")) for t in article.titles.values())


@pytest.mark.parametrize(
    ("text", "emails", "gone"),
    [
        ("Миграция молодежи в России\n\nИ. С. Кашницкий, Н. В. Мкртчян\n\nКашницкий Илья Савельевич младший научный "
         "сотрудник Института социальной политики Национального исследовательского университета «Высшая школа "
         "экономики», PhD кандидат Университета Гронингена. E-mail: ilya.k@gmail.com Мкртчян Никита Владимирович "
         "кандидат географических наук, ведущий научный сотрудник Центра демографических исследований Института "
         "демографии Национального исследовательского университета «Высшая школа экономики». E-mail: nm2002@ "
         "rambler.ru\n\nАннотация. Миграция молодежи изучена по данным трёх источников.\n\nВведение\n\n"
         "Миграция молодежи в России растёт год от года.",
         ["ilya.k@gmail.com", "nm2002@rambler.ru"], "Гронингена"),
        ("Youth migration in Russia\n\nI. S. Kashnitsky, N. V. Mkrtchyan\n\nKashnitsky Ilya Savelievich Junior "
         "Research Fellow, Institute for Social Policy, National Research University Higher School of Economics; "
         "PhD Candidate, University of Groningen. E-mail: ilya.k@gmail.com Mkrtchyan Nikita Vladimirovich Candidate "
         "of Sciences in Geography, Leading Research Fellow, Center for Demographical Studies, Institute of "
         "Demography, National Research University Higher School of Economics. E-mail: nm2002@ rambler.ru\n\n"
         "Abstract. Youth migration is studied from three sources of data.\n\nIntroduction\n\n"
         "Youth migration in Russia grows year by year.", ["ilya.k@gmail.com", "nm2002@rambler.ru"], "Groningen"),
    ],
)
def test_notes_on_several_authors_run_together_leave_the_text(text: str, emails: list[str], gone: str) -> None:
    """Each closed by its e-mail (one broken after its «@»): the notes, and each e-mail goes to its author."""
    article = parts(make_article(text, fmt="pdf"), context())
    assert gone not in article.text and [a.email for a in article.authors] == emails


def test_an_archives_cover_sheet_whose_lines_run_together_leaves_the_text() -> None:
    """The cover's label with its link inside the paragraph the title opens tells the page."""
    cover = ("Errors in Variables Author(s): Zvi Griliches Source: Econometrica, Vol. 42, No. 6 (Nov., 1974), pp. "
             "971-998 Published by: The Econometric Society Stable URL: https://www.jstor.org/stable/1914213\n\n"
             "JSTOR is a not-for-profit service that helps scholars discover content in a trusted digital archive.")
    body = ("ERRORS IN VARIABLES\n\nThis lecture surveys the history of models with errors in variables.\n\n"
            "The models were studied for decades by many authors in economics.")
    article = parts(_volume([cover, body]), context())
    assert "Stable URL" not in article.text and "JSTOR" not in article.text and article.text.startswith("ERRORS")


def test_an_iop_download_cover_before_the_article_leaves_the_text() -> None:
    """IOP's download sheet (the title, "This content has been downloaded from IOPscience", the journal's
    citation, "View the table of contents ...", "Download details:", the reader's IP address) before the
    article's own first page: the title and the authors are the article's page's."""
    cover = ("Teaching vectorcardiography with simple models\n\nThis content has been downloaded from IOPscience. "
             "Please scroll down to see the full text.\n\n2015 Eur. J. Phys. 36 055012\n\n"
             "(http://iopscience.iop.org/0143-0807/36/5/055012)\n\nView the table of contents for this issue, or go to "
             "the journal homepage for more\n\nDownload details:\n\nIP Address: 136.186.1.81\n\nThis content was "
             "downloaded on 06/09/2015 at 08:12\n\nPlease note that terms and conditions apply.")
    page = ("Teaching vectorcardiography with simple models\n\nAnna Berg and Peter Lund\n\nDepartment of Physics, "
            "University of Oslo, Norway\n\nAbstract\n\nThe heart's electric field is taught with simple models.\n\n"
            "1. Introduction\n\nStudents meet the vectorcardiogram early in their physics course.")
    article = parts(_volume([cover, page]), context())
    assert "IOPscience" not in article.text and "IP Address" not in article.text
    assert [a.name for a in article.authors] == ["Anna Berg", "Peter Lund"]
    assert article.text.startswith("Teaching vectorcardiography with simple models\n\nAbstract")


def _card(title: str, names: str, lang: str) -> str:
    if lang == "en":
        return (f"УДК 621.039.7\n\n{title}\\{names}; Editorial board of journal «Izvestia vuzov. Yadernaya energetica» – "
                "Obninsk, 2011. – 8 pages, 1 table, 13 illustrations. – References, 8 titles.")
    return (f"UDC 621.039.7\n\n{title}\\{names}; Редакция журнала «Известия вузов. Ядерная энергетика» – Обнинск, "
            "2011. – 8 с.: 1 табл., 13 ил. – Библиогр.: 8 назв.")


@pytest.mark.parametrize(
    ("body", "lang", "own", "others"),
    [
        ("ТЕПЛООТДАЧА ПРИ КОНДЕНСАЦИИ ПАРА\n\nА.М. Бахметьев, М.А. Большухин\n\nАннотация. Получены зависимости "
         "теплоотдачи.\n\nВведение\n\nТеплоотдача при конденсации пара изучена на стенде в Нижнем Новгороде.", "en",
         ("Experimental Investigations of Heat Transfer", "A.M. Bakhmetyev, M.A. Bolshukhin",
          "Presented are experimental investigation results for heat transfer from a steam-air mixture."),
         [("Immobilization of Uranium Wastes", "S.V. Yudintsev, B.S. Nikonov",
           "The study was performed at the Institute of Geology of Ore Deposits together with Rosatom."),
          ("Studies of Shutdown BN Reactor Modes", "E.Yu. Anishev, V.S. Gorbunov",
           "Emergency cooling modes were studied by the Kurchatov Institute in Germany.")]),
        ("HEAT TRANSFER IN CONDENSATION\n\nA.M. Bakhmetyev, M.A. Bolshukhin\n\nAbstract. Heat transfer dependences are "
         "obtained.\n\nIntroduction\n\nHeat transfer in condensation was studied on a rig in Nizhny Novgorod.", "ru",
         ("Экспериментальные исследования теплоотдачи", "А.М. Бахметьев, М.А. Большухин",
          "Представлены результаты экспериментального исследования теплоотдачи из паровоздушной смеси."),
         [("Иммобилизация урановых отходов", "С.В. Юдинцев, Б.С. Никонов",
           "Исследование выполнено в Институте геологии рудных месторождений вместе с Росатомом."),
          ("Режимы расхолаживания реактора БН", "Е.Ю. Анишев, В.С. Горбунов",
           "Режимы аварийного расхолаживания изучены в Курчатовском институте в Германии.")]),
    ],
)
def test_an_issues_page_of_abstracts_keeps_only_the_articles_own_entry(body: str, lang: str,
                                                                      own: tuple[str, str, str],
                                                                      others: list[tuple[str, str, str]]) -> None:
    entries = [_card(t, n, lang) + "\n\n" + a for t, n, a in [others[0], own, others[1]]]
    # a card the layout broke before its count of references, and the article's own without that count
    entries[2] = entries[2].replace(". – References", ".\n\n– References").replace(". – Библиогр", ".\n\n– Библиогр")
    entries[1] = re.sub(r" 8 (?:titles|назв)\.", "", entries[1])
    article = parts(_volume([body, "\n\n".join(entries)]), context())
    assert own[2] in article.text and not any(a in article.text or t in article.text for t, _, a in others)
    assert any("abstracts" in w or "apparatus" in w for w in article.warnings)


def test_books_in_the_bodys_language_with_their_pages_are_no_issues_page() -> None:
    """A reference list whose books give their pages and references in the body's language, one of them
    by the author, is no page of abstracts: the body's end before it stays."""
    body = ("ТАМОЖЕННЫЙ ТРАНЗИТ В СОЮЗЕ\n\nА.М. Бахметьев\n\nАннотация. Рассмотрен транзит товаров.\n\nВведение\n\n"
            "Транзит товаров через союз растёт год от года.\n\nПоследний абзац статьи о транзите остаётся в тексте.")
    books = ("Литература\n\n1. Бахметьев А.М. Транзит. – М.: Наука, 2005. – 250 с. – Библиогр.: 15 назв.\n\n"
             "2. Петров П.П. Таможня. – М.: Статут, 2010. – 300 с. – Библиогр.: 20 назв.")
    article = parts(_volume([body + "\n\n" + books]), context())
    assert "Последний абзац статьи о транзите" in article.text


@pytest.mark.parametrize(
    ("text", "title", "authors", "marks"),
    [
        # names run on after a title in capitals, each with its affiliations' numbers, ranges among them
        ("ИСКЛЮЧЕНИЕ ТЕМПЕРАТУРНОЙ ЗАВИСИМОСТИ В ИЗМЕРЕНИЯХ СПИНА ЯДРА В АЛМАЗЕ В. В. Сошенко, И. С. Кожокару1-3, "
         "А. В. Акимов1,4", "ИСКЛЮЧЕНИЕ ТЕМПЕРАТУРНОЙ ЗАВИСИМОСТИ В ИЗМЕРЕНИЯХ СПИНА ЯДРА В АЛМАЗЕ",
         ["В. В. Сошенко", "И. С. Кожокару", "А. В. Акимов"], [[], [0, 1, 2], [0, 3]]),
        ("EXCLUDING THE TEMPERATURE DEPENDENCE OF NUCLEAR SPIN MEASUREMENTS IN DIAMOND V. V. Soshenko, I. S. "
         "Kozhokaru1-3, A. V. Akimov1,4", "EXCLUDING THE TEMPERATURE DEPENDENCE OF NUCLEAR SPIN MEASUREMENTS IN DIAMOND",
         ["V. V. Soshenko", "I. S. Kozhokaru", "A. V. Akimov"], [[], [0, 1, 2], [0, 3]]),
    ],
)
def test_names_with_ranges_of_marks_run_on_after_a_title(text: str, title: str, authors: list[str],
                                                         marks: list[list[int]]) -> None:
    found = front.title_and_names(text)
    assert found is not None and found[0] == title
    assert [a.name for a in found[1]] == authors
    assert [a.affiliations for a in found[1]] == marks


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Clare A.M. Sutherland, Julian A. Oldmeadow, Andrew W. Young",
         ["Clare A.M. Sutherland", "Julian A. Oldmeadow", "Andrew W. Young"]),
        ("Анна С.В. Петрова, Иван А. Сидоров", ["Анна С.В. Петрова", "Иван А. Сидоров"]),
    ],
)
def test_a_given_name_with_two_initials_before_the_surname(line: str, names: list[str]) -> None:
    assert [a.name for a in front.authors_of(line) or []] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Sharon A. McGrath-Morrow, Julie Gorzkowski, Judith A. Groner", ["Sharon A. McGrath-Morrow", "Julie Gorzkowski",
                                                                       "Judith A. Groner"]),
        ("Xueqiang Wang, Yifan Zhang, XiaoFeng Wang, Yan Jia", ["Xueqiang Wang", "Yifan Zhang", "XiaoFeng Wang", "Yan Jia"]),
        ("Кр.Л. Глуско, С.С. Титов", ["Кр.Л. Глуско", "С.С. Титов"]),
        ("А.Н. МакДональд-Петрова, Вл.С. Соловьёв", ["А.Н. МакДональд-Петрова", "Вл.С. Соловьёв"]),
    ],
)
def test_names_with_inner_capitals_and_initials_of_two_letters(line: str, names: list[str]) -> None:
    """A surname or given name with a capital inside ("McGrath-Morrow", "XiaoFeng"), a Russian initial of
    two letters («Кр.Л.»)."""
    assert [a.name for a in front.authors_of(line) or []] == names


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # who the author is before where: the place begins at the first piece naming an institution
        ("кандидат экономических наук, доцент, Финансовый университет при Правительстве РФ, Москва, Россия e-mail:",
         "Финансовый университет при Правительстве РФ, Москва, Россия"),
        ("Candidate of Sciences (Economics), Associate Professor, Financial University, Moscow, Russia e-mail:",
         "Financial University, Moscow, Russia"),
        # a post alone names no place
        ("студент, направление подготовки 38.03.01 Экономика", None),
        ("student, field of study 38.03.01 Economics", None),
    ],
)
def test_an_affiliation_after_a_post(line: str, place: str | None) -> None:
    assert front.affiliation(line) == place


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("УДК 519.632\n\nСравнительный анализ разностной и вероятностной моделей таможенного контроля.\n\n"
         "А. Мередова\n\nМГТУ, Москва, Россия\n\nАннотация\n\nЦель исследования – сравнить две модели.",
         "Сравнительный анализ разностной и вероятностной моделей таможенного контроля."),
        ("A comparison of two models of customs control.\n\nA. Meredova\n\nBauman University, Moscow, Russia\n\n"
         "Abstract\n\nThe study compares two models.",
         "A comparison of two models of customs control."),
    ],
)
def test_a_title_closed_by_a_point_over_the_names(text: str, title: str) -> None:
    """Some authors close their title with a point: right over the names it is the title all the same."""
    from pipeline.layout.structure import structure

    article = structure(parts(make_article(text, fmt="pdf"), context()), context())
    assert article.title == title
    # a sentence of the body closed by a point, with no names under it, is none
    body = text.replace("А. Мередова\n\n", "").replace("A. Meredova\n\n", "")
    assert structure(parts(make_article(body, fmt="pdf"), context()), context()).title != title


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("УДК 004.891.3\n\nПРИМЕНЕНИЕ НЕЙРОННЫХ СЕТЕЙ ДЛЯ\n\nПРОГНОЗИРОВАНИЯ ТАМОЖЕННЫХ РИСКОВ\n\n"
         "Колмакова Елизавета Сергеевна\n\nСтудент\n\nКазанский федеральный университет\n\n"
         "Аннотация: для задачи прогнозирования рисков разработана нейронная сеть.", ["Колмакова Елизавета Сергеевна"]),
        ("NEURAL NETWORKS FOR\n\nPREDICTING CUSTOMS RISKS\n\nElizabeth Kolmakova\n\nStudent\n\nKazan Federal University\n\n"
         "Abstract: a neural network was built to predict the risks.", ["Elizabeth Kolmakova"]),
    ],
)
def test_one_name_alone_under_a_title_of_two_paragraphs(text: str, authors: list[str]) -> None:
    """A title in capitals the layout broke into two paragraphs, and one author's name alone under it."""
    article = parts(make_article(text, fmt="pdf"), context())
    assert [a.name for a in article.authors] == authors


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # an author's postal address after the references, a line each (Springer), down to the e-mail
        ("Dominance regions for cluster algebras\n\nDylan Rupel, Salvatore Stella\n\nAbstract. We study customs "
         "regions.\n\nIntroduction\n\nThe body of the article goes on here.\n\nReferences\n\n1. Fomin, S.: Cluster "
         "algebras. J. Am. Math. Soc. 15, 497–529 (2002)\n\nDylan Rupel\n\nMath Academy\n\nPasadena Unified School "
         "District\n\n351 S. Hudson Ave.\n\nPasadena CA\n\n91109\n\nUSA e-mail: rupel.dylan@pusd.us",
         ["Math Academy", "Pasadena", "91109", "rupel.dylan"]),
        ("Таможенные регионы союза\n\nИ. И. Петров, А. А. Смирнова\n\nАннотация. Статья о таможенных регионах.\n\n"
         "Введение\n\nТекст статьи идёт здесь.\n\nСписок литературы\n\n1. Иванов И. И. Таможня. М.: Наука, 2002.\n\n"
         "И. И. Петров\n\nИнститут экономики РАН\n\nНахимовский просп., д. 32\n\n117218 Москва\n\n"
         "Россия e-mail: petrov@inecon.ru", ["Институт экономики", "Нахимовский", "117218", "petrov@"]),
        # a note on the author after the body: the name, a dash, the post
        ("Models of heating a disk\n\nE. V. Bryanskaya\n\nAbstract. The article compares two models.\n\n"
         "Introduction\n\nThe body of the article goes on here.\n\nBryanskaya Ekaterina Vadimovna – student at the "
         "department of Computer Software, Bauman Moscow State Technical University, Moscow, Russian Federation.",
         ["student at the department", "Bauman"]),
        ("Модели нагрева диска\n\nЕ. В. Брянская\n\nАннотация. Статья сравнивает две модели.\n\nВведение\n\n"
         "Текст статьи идёт здесь.\n\nБрянская Екатерина Вадимовна – студентка кафедры «Программное обеспечение "
         "ЭВМ», МГТУ им. Н. Э. Баумана, Москва, Российская Федерация.", ["студентка кафедры", "Баумана"]),
    ],
)
def test_an_authors_address_or_note_after_the_body_is_apparatus(text: str, gone: list[str]) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert not [g for g in gone if g in article.text]
    assert "goes on here" in article.text or "идёт здесь" in article.text


@pytest.mark.parametrize(
    ("line", "place"),
    [("МГТУ им. Н. Э. Баумана, Москва, Российская Федерация", "МГТУ им. Н. Э. Баумана, Москва, Российская Федерация"),
     ("Bauman Moscow State Technical University, Moscow, Russian Federation",
      "Bauman Moscow State Technical University, Moscow, Russian Federation")],
)
def test_an_institution_by_the_name_it_bears_is_an_affiliation(line: str, place: str) -> None:
    """«им.» (the name an institution bears) marks an affiliation line as an institution's word does."""
    article = parts(make_article(f"Модели нагрева диска\n\nЕ. В. Брянская\n\n{line}\n\nАннотация. Статья сравнивает "
                                 "две модели.\n\nВведение\n\nТекст статьи.", fmt="pdf"), context())
    assert article.affiliations == [place] and line not in article.text


def test_names_with_their_transliteration_in_brackets() -> None:
    """A Russian journal prints each author's name with its transliteration in brackets and a mark."""
    text = ("Исследование таможенных рисков на рынке криптовалют\n\nКумсков Михаил Иванович (Kumskov Mikhail Ivanovich) *,\n\n"
            "Махова Анастасия Геннадьевна (Makhova Anastasiia Gennadevna) **\n\nМосковский государственный университет\n\n"
            "Аннотация. В работе рассматриваются риски.")
    article = parts(make_article(text, fmt="pdf"), context())
    assert [a.name for a in article.authors] == ["Кумсков Михаил Иванович", "Махова Анастасия Геннадьевна"]
    # brackets after an English name hold no transliteration to take off
    assert front.authors_of("John Smith (University of Leeds)") is None


@pytest.mark.parametrize(
    ("line", "names", "place"),
    [
        # the shortest names that read as a name are not cut before the surname a comma closes
        ("Melinda N. Ritchie, University of California, Riverside", ["Melinda N. Ritchie"],
         "University of California, Riverside"),
        ("Hye Young You, New York University", ["Hye Young You"], "New York University"),
        ("Иванов И. И., Московский государственный университет", ["Иванов И. И."], "Московский государственный университет"),
        ("Jane Doe Harvard University, Cambridge, USA", ["Jane Doe"], ["Harvard University, Cambridge, USA"]),
        # names in capitals, each with the university beside it, the lines run together
        ("LEONARDO BACCINI McGill University STEPHEN WEYMOUTH Georgetown University",
         ["Leonardo Baccini", "Stephen Weymouth"], ["McGill University", "Georgetown University"]),
        ("ИВАН ПЕТРОВ Московский государственный университет АННА СИДОРОВА Уральский федеральный университет",
         ["Иван Петров", "Анна Сидорова"], ["Московский государственный университет", "Уральский федеральный университет"]),
        # a dash set close after a surname in capitals, before the post and the place
        ("Анна ПЕТРОВА–доцент кафедры экономики, МГУ", ["Анна Петрова"], "доцент кафедры экономики, МГУ"),
        ("Anna LEE–senior lecturer, University of Leeds", ["Anna Lee"], "University of Leeds"),
    ],
)
def test_names_and_their_place_on_one_line(line: str, names: list[str], place: str | list[str]) -> None:
    from pipeline.layout.byline import names_and_place

    found = names_and_place(line)
    assert found is not None and [a.name for a in found[0]] == names
    assert found[1] == (place if isinstance(place, list) else [place])


def test_words_a_place_opens_with_are_no_author() -> None:
    """"Wilf Family Department of Politics": a unit named after people, whose first words a
    correspondence line sets after the author's name as if they were another's."""
    from pipeline.layout.byline import names_and_place

    assert names_and_place("Wilf Family Department of Politics, New York University, New York, USA") is None
    text = ("Dynamic lobbying: Evidence from foreign lobbying\n\nHye Young You\n\nWilf Family Department of Politics, "
            "New York University, New York, USA\n\nCorrespondence\n\nHye Young You, Wilf Family\n\nAbstract\n\nHow do "
            "interest groups decide whom to lobby?\n\n1 | INTRODUCTION\n\nLobbying is a key tool of interest groups.")
    article = parts(make_article(text, fmt="pdf"), context())
    assert [a.name for a in article.authors] == ["Hye Young You"]


@pytest.mark.parametrize(
    "line",
    ["Dynamic lobbying: Evidence from foreign lobbying in the U.S. Congress",
     "Торговая политика в С. Ш. Америке"],
)
def test_initials_after_an_article_or_a_preposition_are_the_titles(line: str) -> None:
    assert front.title_and_names(line) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("МАТЕМАТИЧЕСКОЕ МОДЕЛИРОВАНИЕ\n\n2025 год, том 37, номер 1, стр. 131-150\n\nОПРЕДЕЛЕНИЕ ДЛИН ТРЕЩИН "
         "ГИДРОРАЗРЫВА ПЛАСТА\n\nК.А. Поташев, А.Б. Мазо\n\nАннотация. Дана постановка обратной задачи.\n\n"
         "Введение\n\nТрещины гидроразрыва рассматриваются давно.", "ОПРЕДЕЛЕНИЕ ДЛИН ТРЕЩИН ГИДРОРАЗРЫВА ПЛАСТА"),
        ("JOURNAL OF TRADE POLICY\n\n2021, Vol. 12, No. 3, pp. 45-67\n\nRules of Origin and the Laffer Curve\n\n"
         "Anna Smith, Boris Jones\n\nAbstract. We study rules of origin.\n\nIntroduction\n\nRules of origin matter.",
         "Rules of Origin and the Laffer Curve"),
    ],
)
def test_the_journals_name_over_its_issue_is_no_title(text: str, title: str) -> None:
    article = structure(parts(make_article(text, fmt="pdf"), context()), context())
    assert list(article.titles.values()) == [title]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Introduction\n\nScreening saves lives.\n\nFunding: This work was supported by core funding from: the UK "
         "Medical Research Council (MR/\n\nL003120/1), the British Heart Foundation (RG/13/\n\n13/30194) and the "
         "NIHR Cambridge Biomedical\n\nResearch Centre (BRC) [The views expressed are those of the authors\n\nCare]. "
         "LGK is funded by the NIHR Blood and Transplant Research Unit in Donor Health and Genomics (NIHR "
         "BTRU-2014-10024). SCH is funded by the Medical Research Council Unit at the University of Cambridge "
         "(MC_UU_00002/11), and the funders played no role in the design of the study.\n\nAttendance fell in 2020.", "British Heart Foundation"),
        ("Введение\n\nСкрининг спасает жизни.\n\nФинансирование: Работа поддержана грантом Российского научного "
         "фонда (№\n\n22-28-00456), Фондом\n\nпрезидентских грантов и\n\nИнститутом медицины. Авторы благодарят "
         "коллег из Института кардиологии и клиники университета за помощь в сборе данных, а также сотрудников "
         "регионального центра за подготовку выборки и проверку анкет на всех этапах работы.\n\nЯвка упала в 2020 году.",
         "Фондом"),
    ],
)
def test_a_note_of_support_a_column_set_a_line_a_paragraph_is_apparatus(text: str, gone: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert gone not in article.text and ("Attendance fell" in article.text or "Явка упала" in article.text)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Collecting the Tax Deficit of Multinational Companies\n\nMona Barake, Theresa Neef\n\nExecutive Summary\n\n"
         "The customs and tax services of the Union lose revenue to profit shifting.", ["Mona Barake", "Theresa Neef"]),
        ("Налоговый разрыв транснациональных компаний\n\nАнна Смирнова, Олег Волков\n\nОсновные выводы\n\n"
         "Таможенные и налоговые службы союза теряют доходы.", ["Анна Смирнова", "Олег Волков"]),
        # a postal address under the names
        ("The Decline of Customs Enforcement\n\nFilippo Lancieri\n\nEric A. Posner\n\n1050 Massachusetts Avenue\n\n"
         "Abstract. Customs enforcement has declined.", ["Filippo Lancieri", "Eric A. Posner"]),
    ],
)
def test_a_heading_or_an_address_under_the_names_is_no_author(text: str, authors: list[str]) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert [a.name for a in article.authors] == authors


@pytest.mark.parametrize("line", ["Executive Summary", "KEY FINDINGS", "Policy Implications", "Основные выводы",
                                  "Резюме Доклада"])
def test_a_sections_heading_is_no_list_of_names(line: str) -> None:
    assert front.authors_of(line) is None
    assert front.authors_of("Anna Data-Smith, Олег Волков") is not None


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [("Working Paper 30326", "catalogue"), ("Working Paper no.: 2014/14", "catalogue"),
     ("CESIFO WORKING PAPER NO. 4024", "catalogue"), ("NBER WORKING PAPER SERIES", "article_type"),
     ("Серия препринтов", "article_type"),
     ("Препринт WP7/2014/01", "catalogue"),
     # a reference entry's part that opens with a series is no label
     ("Working Paper 2014/01, Queensland Centre for Population Research, University of Queensland, Brisbane.", None),
     ("Препринт WP7/2014/01, Высшая школа экономики, Москва.", None)],
)
def test_a_series_number_alone_is_a_label(paragraph: str, kind: str | None) -> None:
    assert front.kind_of(paragraph) == kind


@pytest.mark.parametrize(
    ("title", "expected"),
    [('"The economics of carbon leakage mitigation policies"', "The economics of carbon leakage mitigation policies"),
     ("«Таможенный транзит в ЕАЭС»", "Таможенный транзит в ЕАЭС"),
     # quotes inside the title are its own
     ('The "Brussels effect" in trade', 'The "Brussels effect" in trade'), ("«Газпром» и ЕАЭС", "«Газпром» и ЕАЭС")],
)
def test_a_title_without_the_quotes_set_around_it(title: str, expected: str) -> None:
    assert front.without_note_mark(title) == expected


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a surname that begins like a short institution word ("Lab", "Center") is a surname
        ("Rafael Labanino* and Michael Dobbins", ["Rafael Labanino", "Michael Dobbins"]),
        ("Anna Centeno, Pedro Schoolman", ["Anna Centeno", "Pedro Schoolman"]),
        # the name one goes by, in brackets
        ("Kristy Buzard† Ross Jestrab‡ Zeyuan (Victor) Xiong§", ["Kristy Buzard", "Ross Jestrab", "Zeyuan Xiong"]),
        ("Анна (Аня) Смирнова, Олег Волков", ["Анна Смирнова", "Олег Волков"]),
    ],
)
def test_names_that_look_like_an_institutions_word_or_carry_a_nickname(line: str, names: list[str]) -> None:
    authors = front.authors_of(line)
    assert authors is not None and [a.name for a in authors] == names


@pytest.mark.parametrize("line", ["Trade Lab, Moscow", "Customs Center, Minsk", "Центр таможенных исследований, Москва"])
def test_an_institutions_short_word_still_names_an_institution(line: str) -> None:
    assert front.authors_of(line) is None


@pytest.mark.parametrize(
    ("text", "address"),
    [("Three Decades of Customs Policy\n\nAnna Smith\n\nAbstract. Customs policy grew in the Union.\n\nCorrespondence\n\n"
      "Anna Smith, Department of Public Governance, Ghent University, Ghent, Belgium.\n\nThe European Commission "
      "published the Green Deal.", "Ghent University"),
     ("Таможенная политика союза\n\nАнна Смирнова\n\nАннотация. Таможенная политика союза развивалась.\n\n"
      "Для переписки\n\nАнна Смирнова, кафедра таможенного дела, Российская таможенная академия, Люберцы.\n\n"
      "Евразийская экономическая комиссия приняла решение.", "Российская таможенная академия")],
)
def test_a_correspondence_label_standing_alone_takes_the_address_under_it(text: str, address: str) -> None:
    article = parts(make_article(text, fmt="pdf"), context())
    assert address not in article.text


@pytest.mark.parametrize(
    ("place", "title"),
    [('JSC "Ural Manufacturing Company "Vector", Ekaterinburg, Russia',
      "Modeling of Mechanical Properties of a Parabolic Antenna with Composite Radome"),
     ("Oleg P. Ponomarev, Ivan S. Petrov, Anna",
      "Modeling of Mechanical Properties of a Parabolic Antenna with Composite Radome")],
)
def test_the_other_languages_title_is_no_place_or_names_under_it(place: str, title: str) -> None:
    text = ("Моделирование механических свойств параболической антенны с композитным обтекателем\n\nО. П. Пономарев\n\n"
            "АО «Уральское производственное предприятие «Вектор», Екатеринбург, Россия\n\nАннотация. Выполнено "
            "моделирование термонапряженного состояния зеркала антенны.\n\nКлючевые слова: антенна, обтекатель.\n\n"
            f"{title}\n\n{place}\n\nAbstract. Modeling of thermostressed states of a parabolic mirror is performed.\n\n"
            "Keywords: antenna, radome.\n\nВведение\n\nАнтенны радиолокационных станций защищают обтекателями.")
    article = parts(make_article(text, fmt="pdf"), context())
    assert article.titles.get("en") == title


def test_entries_with_the_authors_in_capitals_are_cut_apart_and_read() -> None:
    """Journals that set the authors in (small) capitals print them so in the text layer: "BOONE, PETER.
    1996." opens an entry, in a list with or without its heading, and the names are read."""
    joined = ['ALLRED, KEITH J. 2006. "Peacekeepers and Prostitutes." Armed Forces & Society 33 (1): 5–23. '
              'ANING, KWESI, AND FIIFI EDU-AFFUL. 2013. "Unintended Impacts of Peacekeeping." International '
              'Peacekeeping 20 (1): 17–32. BOONE, PETER. 1996. "Politics and the Effectiveness of Foreign Aid." '
              'European Economic Review 40 (2): 289–329.']
    parsed = [references.parse(e) for e in references.entries(joined)]
    assert [(p.authors, p.year) for p in parsed] == [
        (["Allred, Keith J"], 2006), (["Aning, Kwesi", "Fiifi Edu-Afful"], 2013), (["Boone, Peter"], 1996)]
    assert parsed[2].title == "Politics and the Effectiveness of Foreign Aid"
    russian = ["ИВАНОВ, ИВАН, И АННА СМИРНОВА. 2015. «Таможенный транзит в союзе». Вопросы экономики 5: 10–20. "
               "ПЕТРОВ, ПЁТР. 2018. «Пломбы и риски». Таможенное дело 3: 5–9."]
    assert [references.parse(e).authors for e in references.entries(russian)] == [
        ["Иванов, Иван", "Анна Смирнова"], ["Петров, Пётр"]]
    assert all(references.is_entry(e) for e in references.entries(joined) + references.entries(russian))


def test_entries_with_the_names_in_capitals_and_initials_before_the_year_in_brackets_are_read() -> None:
    joined = ['ANDERSON J.E. (1979), "A Theoretical Foundation for the Gravity Equation", American Economic Review 69, '
              '106-116. ANDERSON J.E. AND E. VAN WINCOOP (2004), "Trade Costs", Journal of Economic Literature 42(3), '
              '691-751. BOUËT A., Y. DECREUX AND D.LABORDE (2008), "Assessing Applied Protection", Review of '
              'International Economics 16(5), 850-863.']
    parsed = [references.parse(e) for e in references.entries(joined)]
    assert [(p.authors, p.year, p.title) for p in parsed] == [
        (["Anderson J.E."], 1979, "A Theoretical Foundation for the Gravity Equation"),
        (["Anderson J.E.", "E. Van Wincoop"], 2004, "Trade Costs"),
        (["Bouët A.", "Y. Decreux", "D.Laborde"], 2008, "Assessing Applied Protection")]
    russian = ["ИВАНОВ И.И. И П.П. ПЕТРОВ (2015), «Таможенный транзит», Вопросы экономики 5, 10-20. "
               "СИДОРОВ А.А. (2018), «Пломбы и риски», Таможенное дело 3, 5-9."]
    assert [references.parse(e).authors for e in references.entries(russian)] == [
        ["Иванов И.И.", "П.П. Петров"], ["Сидоров А.А."]]
    assert not references.is_entry("THE WORLD BANK IS BIG (2015) said the minister in Geneva.")


@pytest.mark.parametrize(
    ("paragraphs", "places"),
    [
        (["State capacity redux: classical and experimental contributions", "Elissa Berwick and Fotini Christia",
          "Department of Political Science, Massachusetts Institute of Technology, Cambridge, MA 02139, USA",
          "Keywords", "governance, taxation, civil service, bureaucracy, institutions, experiments", "Abstract",
          "What state capacity is and how to strengthen it remain open questions. This review takes stock of them."],
         ["Department of Political Science, Massachusetts Institute of Technology, Cambridge, MA 02139, USA"]),
        (["Дееспособность государства: классические и экспериментальные работы", "Елена Берзина, Фатима Хасанова",
          "Кафедра политологии, Московский государственный университет, Москва, Россия",
          "Ключевые слова", "управление, налогообложение, государственная служба, бюрократия, институты, эксперименты",
          "Аннотация", "Что такое дееспособность государства и как её укрепить, остаётся открытым вопросом. Обзор "
          "подводит итоги работ."],
         ["Кафедра политологии, Московский государственный университет, Москва, Россия"]),
    ],
)
def test_a_list_of_keywords_naming_institutions_is_no_affiliation(paragraphs: list[str], places: list[str]) -> None:
    """Keywords under their label alone on its line ("institutions", «институты») name no institution: the
    affiliations are the authors' places alone, and the list stays in the text for the keywords."""
    article = make_article("\n\n".join(paragraphs))
    parts(article, context())
    assert article.affiliations == places
    assert paragraphs[4] in article.text


@pytest.mark.parametrize(
    ("paragraphs", "names", "title"),
    [
        (["Introducing the worldwide bureaucracy indicators", "Contents", "Introducing the worldwide bureaucracy indicators",
          "I. Institutional Background", "101", "II. Data", "103", "III. Results", "106", "REFERENCES", "115",
          "By Faisal Ali Baig and Zahid Hasnain",
          "The public sector employs roughly a third of the world's paid workforce. This paper describes a novel "
          "dataset of public employment and pay, and what it shows about wages across 132 countries.",
          "Public administration matters for the delivery of government services. It also matters for the "
          "fiscal sustainability of the state and for the labour market as a whole."],
         ["Faisal Ali Baig", "Zahid Hasnain"], "Introducing the worldwide bureaucracy indicators"),
        (["Мировые индикаторы государственной службы", "Содержание", "Мировые индикаторы государственной службы",
          "I. Институциональные условия", "101", "II. Данные", "103", "III. Результаты", "106",
          "СПИСОК ЛИТЕРАТУРЫ", "115", "Авторы: Фаиз А. Байг, Захид Хаснаин",
          "Государственный сектор занимает около трети оплачиваемых работников мира. В статье описан новый набор "
          "данных о занятости и оплате труда в государственном секторе 132 стран.",
          "Государственное управление важно для оказания услуг. Оно важно и для устойчивости бюджета, и для "
          "рынка труда в целом."],
         ["Фаиз А. Байг", "Захид Хаснаин"], "Мировые индикаторы государственной службы"),
    ],
)
def test_an_articles_own_contents_box_is_left_out(paragraphs: list[str], names: list[str], title: str) -> None:
    """A contents box under the title (the title again, numbered headings, their pages, the references)
    gives no author, no affiliation and no body; the byline after it gives the authors."""
    article = make_article("\n\n".join(paragraphs))
    parts(article, context())
    assert [a.name for a in article.authors] == names
    assert article.affiliations == []
    assert "II. " not in article.text and "Institutional Background" not in article.text \
        and "Институциональные условия" not in article.text


@pytest.mark.parametrize(
    ("text", "works"),
    [
        ("The study analysed the strategic documents of each country.\n\nBrazil\n\nGovernment of Brazil (2008) National "
         "Plan on Climate Change.\n\nMCTI (2016) \"Estratégia Nacional de Ciência\", Brasilia.\n\nIndia\n\nDepartment of "
         "Science and Technology (2013) Science, Technology and Innovation Policy.\n\nThe World Bank (2019) estimated "
         "that trade grew.", ["Government of Brazil", "MCTI (2016)", "Department of Science"]),
        ("В исследовании проанализированы стратегические документы.\n\nРоссия\n\nПравительство РФ (2014) Государственная "
         "программа «Развитие науки и технологий».\n\nМинобрнауки России (2016) Стратегия научно-технологического "
         "развития.\n\nВсемирный банк (2019) оценил рост торговли.", ["Правительство РФ", "Минобрнауки России"]),
        # one such paragraph alone is prose
        ("Government of Brazil (2008) National Plan on Climate Change set targets.\n\nThe plan was revised later.", []),
    ],
)
def test_a_list_of_works_by_author_year_and_title_is_cited(text: str, works: list[str]) -> None:
    # an appendix's list of the documents a study read gives no facts of the article
    spans = references.citations(text)
    assert all(any(text.startswith(w, s) for s, _ in spans) for w in works)
    # the prose around the list stays prose
    prose = [text.index(p) for p in ("The World Bank (2019) estimated", "Всемирный банк (2019) оценил", "The plan was")
             if p in text]
    assert not any(s <= at < e for at in prose for s, e in spans)
    assert len(spans) >= len(works) and (works or spans == [])


@pytest.mark.parametrize(
    ("joined", "expected"),
    [
        (['Brander, James A. "Intra-industry Trade in Identical Commodities." Journal of International Economics, '
          'February 1981, 11(1), pp. 1–14. Davis, Donald R. and Weinstein, David E. "Market Access, Economic '
          'Geography, and Comparative Advantage." NBER Working Paper No. 6787, 1998. Feenstra, Robert C.; Markusen, '
          'James A. and Rose, Andrew K. "Understanding the Home Market Effect." Mimeo, 1998.'],
         [(["Brander, James A"], "Intra-industry Trade in Identical Commodities", 1981),
          (["Davis, Donald R", "Weinstein, David E"], "Market Access, Economic Geography, and Comparative Advantage", 1998),
          (["Feenstra, Robert C", "Markusen, James A", "Rose, Andrew K"], "Understanding the Home Market Effect", 1998)]),
        (['Иванов, Иван И. «Таможенный транзит в союзе». Вопросы экономики 5 (2015): 10–20. Петров, Пётр '
          'и Смирнова, Анна. «Пломбы и риски». Таможенное дело 3 (2018): 5–9.'],
         [(["Иванов, Иван И"], "Таможенный транзит в союзе", 2015),
          (["Петров, Пётр", "Смирнова, Анна"], "Пломбы и риски", 2018)]),
    ],
)
def test_entries_with_inverted_names_and_a_quoted_title_are_cut_apart_and_read(
        joined: list[str], expected: list[tuple[list[str], str, int]]) -> None:
    # the Chicago style with a point after the names: "Surname, Given M. and Surname, Given. "Title." ..."
    parsed = [references.parse(e) for e in references.entries(joined)]
    assert [([a.rstrip(".") for a in p.authors], p.title, p.year) for p in parsed] == expected
    assert all(references.is_entry(p.text) for p in parsed)
