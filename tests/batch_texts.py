"""Short realistic articles in both languages shared by the runner, export and store tests."""

RU = """Сотрудничество таможенных служб России и Беларуси

С 1 января 2018 года вступил в силу Таможенный кодекс Евразийского экономического союза. \
Федеральная таможенная служба России и Государственный таможенный комитет Республики Беларусь \
в 2019 году подписали соглашение об обмене информацией. Товарооборот двух стран составил \
35,5 млрд долларов США.
"""

EN = """Customs cooperation in the Eurasian Economic Union

The Customs Code of the Eurasian Economic Union entered into force on 1 January 2018. \
The World Customs Organization and the Federal Customs Service of Russia signed a memorandum in 2019. \
Trade between Russia and Kazakhstan reached 19.1 billion US dollars.
"""

# cites a customs code, but the earlier one of the Customs Union: must not answer the EAEU code query
RU_OLD_CODE = """Таможенный союз Беларуси, Казахстана и России

Таможенный кодекс Таможенного союза вступил в силу 1 июля 2010 года. \
Его принятие позволило перенести таможенный контроль на внешнюю границу трёх государств.
"""
