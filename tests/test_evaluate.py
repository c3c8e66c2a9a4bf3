import json
from pathlib import Path

import pytest

from pipeline.evaluate import main, match, score, stems


def _record(name: str, **facts: list[dict]) -> dict:
    return {"schema_version": "1.0", "source": {"name": name, "path": name}, **facts}


@pytest.mark.parametrize(
    ("gold", "predicted", "tp", "fp", "fn"),
    [
        # different case forms and an abbreviation among the aliases
        ({"title": "Договор о Евразийском экономическом союзе", "year": 2014},
         {"title": "Договора о Евразийском экономическом союзе", "year": 2014}, 1, 0, 0),
        ({"title": "Договор о Евразийском экономическом союзе"},
         {"title": "Договор о ЕАЭС", "aliases": ["Договором о Евразийском экономическом союзе"]}, 1, 0, 0),
        # parties spelt out in the prediction: the smaller set is covered
        ({"title": "Договор о гармонизации таможенного законодательства и сотрудничестве в таможенной сфере"},
         {"title": "Договор между Российской Федерацией и Республикой Беларусь о гармонизации таможенного "
                   "законодательства и сотрудничестве в таможенной сфере", "year": 2022}, 1, 0, 0),
        # same words, years disagree
        ({"title": "Таможенный кодекс Таможенного союза", "year": 2009},
         {"title": "Таможенного кодекса Таможенного союза", "year": 2017}, 0, 1, 1),
        # a missing year does not stop a match
        ({"title": "Convention establishing a Customs Co-operation Council", "year": 1950},
         {"title": "Convention Establishing the Customs Co-operation Council", "year": None}, 1, 0, 0),
        # too few shared words
        ({"title": "Договор о Евразийском экономическом союзе"}, {"title": "Договор о ЕАЭС"}, 0, 1, 1),
        ({"title": "Treaty on the Eurasian Economic Union"}, {"title": "Treaty on the Eurasian Economic Community"},
         0, 1, 1),
        ({"title": "ГАТТ"}, {"title": "ГАТС"}, 0, 1, 1),
    ],
)
def test_treaty_titles(gold: dict, predicted: dict, tp: int, fp: int, fn: int) -> None:
    result = match("treaties", [gold], [predicted])
    assert (result["tp"], result["fp"], result["fn"]) == (tp, fp, fn)


def test_stems_ignore_case_forms_and_function_words() -> None:
    assert stems("Договором о Евразийском экономическом союзе") == stems("Договор о Евразийском экономическом союзе")
    assert stems("до 2025 года") == frozenset()


@pytest.mark.parametrize(
    ("gold", "predicted", "tp", "fp", "fn"),
    [
        ({"value": 57600000000.0, "unit": "USD"}, {"value": 57.6e9 * 1.004, "unit": "USD"}, 1, 0, 0),
        ({"value": 57600000000.0, "unit": "USD"}, {"value": 57.6e9 * 1.006, "unit": "USD"}, 0, 1, 1),
        ({"value": 57600000000.0, "unit": "USD"}, {"value": 57600000000.0, "unit": "RUB"}, 0, 1, 1),
        ({"value": 8.5, "unit": "%"}, {"value": 8.5, "unit": "%"}, 1, 0, 0),
        # a count of things the gold calls items: any noun of the text's own, not a unit of measure
        ({"value": 8.0, "unit": "items"}, {"value": 8.0, "unit": "соглашения", "kind": "quantity"}, 1, 0, 0),
        ({"value": 17.0, "unit": "items"}, {"value": 17.0, "unit": "standards", "kind": "quantity"}, 1, 0, 0),
        ({"value": 8.0, "unit": "items"}, {"value": 8.0, "unit": "t", "kind": "quantity"}, 0, 1, 1),
        ({"value": 8.0, "unit": "items"}, {"value": 8.0, "unit": "KZT", "kind": "money"}, 0, 1, 1),
    ],
)
def test_figures_tolerance_and_unit(gold: dict, predicted: dict, tp: int, fp: int, fn: int) -> None:
    result = match("figures", [gold], [predicted])
    assert (result["tp"], result["fp"], result["fn"]) == (tp, fp, fn)


def test_matching_is_one_to_one() -> None:
    gold = [{"names": ["Евразийский экономический союз", "ЕАЭС"]}]
    predicted = [{"name": "Евразийский экономический союз"}, {"name": "ЕАЭС"}]
    result = match("organisations", gold, predicted)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 1, 0)


def test_best_pair_wins_the_greedy_assignment() -> None:
    gold = [{"value": 100.0, "unit": "USD"}, {"value": 100.4, "unit": "USD"}]
    predicted = [{"value": 100.4, "unit": "USD"}, {"value": 100.0, "unit": "USD"}]
    assert match("figures", gold, predicted)["tp"] == 2


def test_optional_gold_is_neither_rewarded_nor_punished() -> None:
    gold = [{"iso2": "RU"}, {"iso2": "BY", "optional": True}, {"iso2": "KZ", "optional": True}]
    result = match("countries", gold, [{"iso2": "RU"}, {"iso2": "BY"}])
    assert (result["tp"], result["fp"], result["fn"]) == (1, 0, 0)


def test_a_provision_of_a_matched_act_is_no_false_positive() -> None:
    """Annotators who list only the code are not contradicted by its cited articles; those who list the
    articles too are met by them; a provision of an act no annotator listed stays an error."""
    code = {"id": "act-1", "title": "Уголовный кодекс Российской Федерации", "aliases": ["УК РФ"]}
    article = {"id": "act-2", "title": "Уголовный кодекс Российской Федерации, статья 158", "part_of": "act-1",
               "aliases": ["ст. 158 УК РФ"]}
    stray = {"id": "act-4", "title": "Трудовой кодекс Российской Федерации, статья 81", "part_of": "act-3"}
    other = {"id": "act-3", "title": "Трудовой кодекс Российской Федерации"}
    only_code = match("treaties", [{"title": "УК РФ"}], [code, article])
    assert (only_code["tp"], only_code["fp"], only_code["fn"]) == (1, 0, 0)
    both = match("treaties", [{"title": "Уголовный кодекс Российской Федерации"}, {"title": "ст. 158 УК РФ"}], [code, article])
    assert (both["tp"], both["fp"], both["fn"]) == (2, 0, 0)
    unlisted = match("treaties", [{"title": "УК РФ"}], [code, article, other, stray])
    assert (unlisted["tp"], unlisted["fp"], unlisted["fn"]) == (1, 2, 0)
    # annotators who list only the cited article («ст. 158 УК РФ», "Article 81 of the Labour Code") are met
    # by the provision; the code it belongs to is the same reading, not a second act
    only_article = match("treaties", [{"title": "ст. 158 УК РФ"}], [code, article])
    assert (only_article["tp"], only_article["fp"], only_article["fn"]) == (1, 0, 0)
    assert match("treaties", [{"title": "ст. 158 УК РФ"}], [code, article, other])["fp"] == 1


def test_organisation_names_are_normalised() -> None:
    gold = [{"names": ["ФТС России", "Федеральная таможенная служба"]}]
    assert match("organisations", gold, [{"name": "федеральная  таможенная служба"}])["tp"] == 1
    assert match("organisations", [{"names": ["ООО «Торговый дом»"]}], [{"name": 'ООО "Торговый дом"'}])["tp"] == 1
    assert match("organisations", gold, [{"name": "Федеральная налоговая служба"}])["tp"] == 0
    # quotes printed by one side and left out by the other
    assert match("organisations", [{"names": ["РИА Новости"]}], [{"name": "РИА «Новости»"}])["tp"] == 1
    assert match("organisations", [{"names": ['The "Voice of America"']}], [{"name": "The Voice of America"}])["tp"] == 1
    assert match("organisations", [{"names": ["РИА Новости"]}], [{"name": "РИА «Регнум»"}])["tp"] == 0


def test_a_russian_name_is_matched_in_any_case() -> None:
    # annotators copy a name in the case the sentence gives it; records give it in the nominative
    gold = [{"names": ["министерства здравоохранения Российской Федерации"]}]
    assert match("organisations", gold, [{"name": "Министерство здравоохранения Российской Федерации"}])["tp"] == 1
    assert match("organisations", [{"names": ["Кориера делла Сера"]}], [{"name": "Кориер делла Сера"}])["tp"] == 1
    # another word is another name, and English words keep their letters
    assert match("organisations", gold, [{"name": "Министерство просвещения Российской Федерации"}])["tp"] == 0
    assert match("organisations", [{"names": ["Democratic Party"]}], [{"name": "Democratic) Party"}])["tp"] == 0
    assert match("organisations", [{"names": ["Bureau of Statistics"]}], [{"name": "Bureau of Statisticians"}])["tp"] == 0


def test_dates_and_directions_as_sets() -> None:
    gold = [{"kind": "range", "value": "2022", "end": "2024"}, {"kind": "point", "value": "1999-12-08", "end": None}]
    predicted = [{"kind": "range", "value": "2022", "end": "2023"}, {"kind": "point", "value": "1999-12-08", "end": None}]
    result = match("dates", gold, predicted)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 1, 1)
    assert match("directions", [{"id": "aeo"}], [{"id": "aeo", "score": 0.4}])["tp"] == 1


def test_score_pairs_records_with_golds_and_micro_averages() -> None:
    golds = [
        {"name": "a", "countries": [{"iso2": "RU"}, {"iso2": "BY"}], "directions": [{"id": "aeo"}]},
        {"name": "b", "countries": [{"iso2": "KZ"}]},
    ]
    records = [
        _record("a.txt", countries=[{"iso2": "RU"}], directions=[{"id": "aeo"}, {"id": "payments"}]),
        _record("a.pdf", countries=[{"iso2": "RU"}, {"iso2": "BY"}], directions=[]),
        _record("b.txt", countries=[{"iso2": "KZ"}, {"iso2": "AM"}], directions=[{"id": "aeo"}]),
        _record("c.txt", countries=[{"iso2": "CN"}]),
    ]
    result = score(records, golds)
    countries = result["types"]["countries"]
    assert (countries["tp"], countries["fp"], countries["fn"], countries["documents"]) == (4, 1, 1, 3)
    assert countries["precision"] == pytest.approx(0.8)
    directions = result["types"]["directions"]  # not annotated in b: b's prediction is not counted
    assert (directions["tp"], directions["fp"], directions["fn"], directions["documents"]) == (1, 1, 1, 2)
    assert result["unpaired_records"] == ["c.txt"]
    assert len(result["documents"]) == 3


def test_main_reads_folders_and_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, gold = tmp_path / "out", tmp_path / "gold"
    (out / "records").mkdir(parents=True)
    gold.mkdir()
    (out / "records" / "a.json").write_text(json.dumps(_record("a.txt", countries=[{"iso2": "RU"}])), "utf-8")
    (out / "manifest.json").write_text(json.dumps({"files": 1}), "utf-8")
    (gold / "a.gold.json").write_text(json.dumps({"file": "a.txt", "countries": [{"iso2": "RU"}]}), "utf-8")
    assert main(out, gold) == 0
    printed = capsys.readouterr().out
    assert "countries" in printed and "1.000" in printed
    assert main(out, gold, as_json=True) == 0
    assert json.loads(capsys.readouterr().out)["types"]["countries"]["tp"] == 1


def test_main_names_the_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, gold = tmp_path / "out", tmp_path / "gold"
    out.mkdir()
    gold.mkdir()
    assert main(out, gold) != 0
    assert "no article records" in capsys.readouterr().err
    (out / "a.json").write_text(json.dumps(_record("a.txt")), "utf-8")
    (gold / "a.gold.json").write_text("{not json", "utf-8")
    assert main(out, gold) != 0
    assert "a.gold.json" in capsys.readouterr().err


def test_stems_join_short_hyphenated_prefixes() -> None:
    assert stems("Customs Co-operation Council") == stems("customs cooperation council")


def test_parts_annotations_score_the_facts_they_list(tmp_path: Path) -> None:
    """A parts annotation lists plain names; countries are matched by any name of countries.tsv, an
    abstract with its run-in label ("Background.") matches the annotated words without it."""
    from pipeline.evaluate import score_parts

    record = _record("a.pdf", language="en", title="Trade and customs", abstract={"en": "Background. Trade grew."},
                     organisations=[{"name": "World Customs Organization"}, {"name": "Data Preparation"}],
                     countries=[{"iso2": "CN"}, {"iso2": "RU"}], treaties=[])
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.pdf.json").write_text(json.dumps(record), "utf-8")
    gold = {"file": "a.pdf", "language": "en", "titles": {"en": "Trade and customs"},
            "abstract_starts": {"en": "Trade grew"}, "organisations": ["World Customs Organization"],
            "countries": ["China", "Россия"], "countries_in_tables": ["Japan"],
            "legal_acts": ["Trade Facilitation Agreement"]}
    (tmp_path / "a.pdf.gold.json").write_text(json.dumps(gold), "utf-8")
    result = score_parts(tmp_path / "out", tmp_path)
    assert result["overall"] == 1.0
    facts = result["facts"]
    assert (facts["organisations"]["tp"], facts["organisations"]["fp"], facts["organisations"]["fn"]) == (1, 1, 0)
    assert (facts["countries"]["tp"], facts["countries"]["fn"]) == (2, 1)
    assert facts["treaties"]["f1"] == 0.0
    assert result["facts_macro_f1"] == pytest.approx((2 / 3 + 0.8 + 0) / 3)


def test_a_country_the_text_and_its_tables_both_name_is_one_fact(tmp_path: Path) -> None:
    from pipeline.evaluate import score_parts

    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "c.pdf.json").write_text(json.dumps(_record("c.pdf", countries=[{"iso2": "JP"}])), "utf-8")
    gold = {"file": "c.pdf", "language": "en", "countries": ["Japan"], "countries_in_tables": ["Japan", "Peru"]}
    (tmp_path / "c.pdf.gold.json").write_text(json.dumps(gold), "utf-8")
    found = score_parts(tmp_path / "out", tmp_path)["facts"]["countries"]
    assert (found["tp"], found["fp"], found["fn"]) == (1, 0, 1)


def test_parts_annotations_score_directions_where_they_give_them(tmp_path: Path) -> None:
    """An annotation that gives the article's directions scores the record's (an optional one neither counts
    nor is missed); one without the key leaves the record's directions unscored."""
    from pipeline.evaluate import score_parts

    (tmp_path / "out").mkdir()
    directions = [{"id": "tariff_regulation"}, {"id": "legislation"}, {"id": "payments"}]
    for name in ("d.pdf", "e.pdf"):
        (tmp_path / "out" / f"{name}.json").write_text(json.dumps(_record(name, directions=directions)), "utf-8")
    gold = {"file": "d.pdf", "language": "en", "relevant": True,
            "directions": [{"id": "tariff_regulation", "optional": False}, {"id": "legislation", "optional": True},
                           "international_organizations"]}
    (tmp_path / "d.pdf.gold.json").write_text(json.dumps(gold), "utf-8")
    (tmp_path / "e.pdf.gold.json").write_text(json.dumps({"file": "e.pdf", "language": "en"}), "utf-8")
    found = score_parts(tmp_path / "out", tmp_path)["facts"]["directions"]
    assert (found["tp"], found["fp"], found["fn"]) == (1, 1, 1)


def test_a_listed_organisation_may_give_all_its_names(tmp_path: Path) -> None:
    """An organisation listed as its names (full form and short form) is one fact, matched by any."""
    from pipeline.evaluate import score_parts

    record = _record("b.pdf", language="ru", organisations=[{"name": "ФНС России"}, {"name": "Минфин"}])
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "b.pdf.json").write_text(json.dumps(record), "utf-8")
    gold = {"file": "b.pdf", "language": "ru",
            "organisations": [["Федеральная налоговая служба", "ФНС России"], ["Банк России", "ЦБ"]]}
    (tmp_path / "b.pdf.gold.json").write_text(json.dumps(gold), "utf-8")
    found = score_parts(tmp_path / "out", tmp_path)["facts"]["organisations"]
    assert (found["tp"], found["fp"], found["fn"]) == (1, 1, 1)


@pytest.mark.parametrize(
    ("name", "bare"),
    [("ОАО «Радий»", "Радий"), ('АО "Радий"', "Радий"), ("Министерство образования и науки РФ", "Министерство образования и науки"),
     ("Acme Widgets Ltd", "Acme Widgets"), ("Federal Customs Service of Russia", "Federal Customs Service"),
     ("The World Bank", "World Bank"), ("Theodor Heuss Foundation", "Theodor Heuss Foundation"),
     ("Всемирная таможенная организация", "Всемирная таможенная организация")],
)
def test_a_listed_organisation_is_matched_without_its_legal_form_and_country(name: str, bare: str) -> None:
    from pipeline.evaluate import bare_name

    assert bare_name(name) == bare


@pytest.mark.parametrize(("apart", "counts"), [(True, (1, 0, 0)), (False, (2, 0, 0))])
def test_what_only_the_notes_name_is_scored_as_the_annotation_keeps_it(tmp_path: Path, apart: bool,
                                                                       counts: tuple[int, int, int]) -> None:
    """An annotation that lists what only the footnotes name with the rest is scored against the
    record's facts and its `noted` together; one that keeps it apart (`in_footnotes_only`), against the
    record's facts alone."""
    from pipeline.evaluate import score_parts

    record = _record("c.pdf", language="en", organisations=[{"name": "World Customs Organization"}],
                     noted={"organisations": [{"name": "Cato Institute"}], "treaties": []})
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "c.pdf.json").write_text(json.dumps(record), "utf-8")
    gold: dict[str, object] = {"file": "c.pdf", "language": "en", "organisations": ["World Customs Organization"]}
    if apart:
        gold["in_footnotes_only"] = {"organisations": ["Cato Institute"], "countries": [], "legal_acts": []}
    else:
        gold["organisations"] = ["World Customs Organization", "Cato Institute"]
    (tmp_path / "c.pdf.gold.json").write_text(json.dumps(gold), "utf-8")
    found = score_parts(tmp_path / "out", tmp_path)["facts"]["organisations"]
    assert (found["tp"], found["fp"], found["fn"]) == counts


def test_hand_annotated_legal_acts_join_a_news_corpus_gold(tmp_path: Path) -> None:
    """The acts annotated for a split of factRuEval become the documents' gold treaties, also none."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import factrueval_gold

    (tmp_path / "testset.jsonl").write_text(
        '{"file": "book_1.txt", "legal_acts": [{"title": "Закон о СМИ", "aliases": ["закон о СМИ"], "optional": false}]}\n'
        '{"file": "book_2.txt", "legal_acts": []}\n', "utf-8")
    acts = factrueval_gold.legal_acts("testset", tmp_path)
    assert acts == {"book_1.txt": [{"title": "Закон о СМИ", "aliases": ["закон о СМИ"], "optional": False}],
                    "book_2.txt": []}
    assert factrueval_gold.legal_acts("devset", tmp_path) == {}


def test_a_factrueval_organisation_no_entity_takes_in_is_one_of_its_own(tmp_path: Path) -> None:
    """factRuEval's coreference file leaves out some organisation mentions its objects file marks: each such
    mention is a gold organisation of its own, cut from the text in its order, not the objects file's."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import factrueval_gold

    text = "Правительство Японии выразило протест. Министр иностранных дел Японии прибыл в МИД России."
    (tmp_path / "book_1.txt").write_text(text, "utf-8")
    (tmp_path / "book_1.spans").write_text(
        "1 loc_name 14 6 10 1  # 10 Японии\n2 org_descr 0 13 11 1  # 11 Правительство\n"
        "3 org_name 80 3 12 1  # 12 МИД\n4 loc_name 84 6 13 1  # 13 России\n", "utf-8")
    (tmp_path / "book_1.objects").write_text(
        "100 Org 1 2 # Японии Правительство\n101 Org 3 4 # МИД России\n102 LocOrg 4 # России\n", "utf-8")
    (tmp_path / "book_1.coref").write_text("7 101\nname МИД России\n\n8 102\nname Россия\n", "utf-8")
    assert text[79:89] == "МИД России"
    assert factrueval_gold.organisations(tmp_path, "book_1") == [{"names": ["Правительство Японии"]},
                                                                  {"names": ["МИД России"]}]


def test_a_bsnlp_document_becomes_a_text_and_its_organisations_by_identifier(tmp_path: Path) -> None:
    """BSNLP's document-level annotation: each ORG identifier is one organisation with its written and
    base forms; PER, LOC, PRO and EVT are left out; the raw file's four header lines are no text."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import bsnlp_gold

    topic = tmp_path / "bsnlp" / "nord_stream"
    (topic / "raw" / "ru").mkdir(parents=True)
    (topic / "annotated" / "ru").mkdir(parents=True)
    (topic / "raw" / "ru" / "ns_1.txt").write_text(
        "ru-ns-1\nru\n2019-01-10\nhttps://example.org/1\nГазпром и Нафтогаз\n\nГлава МИД Литвы заявил, что "
        "«Газпрому» придётся договориться с НАК «Нафтогаз Украины» о транзите через Nord Stream 2.\n", "utf-8")
    (topic / "annotated" / "ru" / "ns_1.out").write_text(
        'ru-ns-1\n"Газпрому"\t"Газпром"\tORG\tORG-Gazprom\nГазпром\tГазпром\tORG\tORG-Gazprom\n'
        "МИД Литвы\tМИД Литвы\tORG\tORG-Foreign-Office-Lithuania\nЛитвы\tЛитва\tLOC\tGPE-Lithuania\n"
        "Nord Stream 2\tNord Stream 2\tPRO\tPRO-Nord-Stream-2\n", "utf-8")
    assert bsnlp_gold.main([str(tmp_path / "bsnlp"), str(tmp_path / "out")]) == 0
    text = (tmp_path / "out" / "texts" / "nord_stream-ns_1.txt").read_text("utf-8")
    gold = json.loads((tmp_path / "out" / "gold" / "nord_stream-ns_1.gold.json").read_text("utf-8"))
    assert text.startswith("Газпром и Нафтогаз\n") and "https://" not in text
    assert gold["organisations"] == [{"names": ["Газпрому", "Газпром"]}, {"names": ["МИД Литвы"]}]
    assert bsnlp_gold.main([str(tmp_path / "bsnlp"), str(tmp_path / "none"), "brexit"]) == 0
    assert not list((tmp_path / "none" / "gold").iterdir())
