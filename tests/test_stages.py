"""The stage contract: one signature, declared once in order, timed, failures named after their stage."""

from __future__ import annotations

import inspect
from dataclasses import fields

import pytest
from helpers import context, make_article, shared_models

from pipeline import analyze
from pipeline.analysis import GIVEN, STAGES, run_stages
from pipeline.context import Stage
from pipeline.errors import PipelineError
from pipeline.ingest import load_string
from pipeline.record import Article

# what stages read and fill besides the record's own fields: the NER's mentions
PSEUDO_FIELDS = {"ner"}


def test_every_need_is_filled_by_an_earlier_stage() -> None:
    filled = set(GIVEN)
    for stage in STAGES:
        missing = [need for need in stage.needs if need not in filled]
        assert not missing, f"stage {stage.name} needs {missing} before any stage fills them"
        filled |= set(stage.fills)


def test_needs_and_fills_name_fields_of_the_record() -> None:
    known = {f.name for f in fields(Article)} | PSEUDO_FIELDS | set(GIVEN)
    for stage in STAGES:
        assert set(stage.needs) | set(stage.fills) <= known, stage.name


def test_stage_names_are_unique_and_each_stage_has_the_one_signature() -> None:
    assert len({s.name for s in STAGES}) == len(STAGES)
    for stage in STAGES:
        parameters = list(inspect.signature(stage.run).parameters)
        assert parameters == ["article", "context"], stage.name
        assert stage.run.__doc__, f"stage {stage.name} says what it fills"


def _broken(article: Article, context: object) -> Article:
    raise KeyError("no such cue")


def _forgetful(article: Article, context: object) -> Article:
    return make_article("another")


@pytest.mark.parametrize(("run", "message"), [(_broken, "KeyError"), (_forgetful, "did not hand back")])
def test_a_failing_stage_is_named_in_the_error(run, message: str) -> None:
    stages = (STAGES[0], Stage("broken", run, needs=("text",), fills=()))
    article = make_article(name="Статья.txt")
    ctx = context()
    ctx.document = load_string("Текст статьи.", "Статья.txt")
    with pytest.raises(PipelineError) as caught:
        run_stages(article, ctx, stages)
    assert caught.value.stage == "broken"
    assert caught.value.path == "Статья.txt"
    assert message in caught.value.message


@pytest.mark.parametrize("text", [
    "Договор о Евразийском экономическом союзе подписан 29 мая 2014 г. в Астане.",
    "The Treaty on the Eurasian Economic Union was signed on 29 May 2014 in Astana.",
])
def test_every_stage_is_timed(text: str) -> None:
    timings: dict[str, float] = {}
    record = analyze(text, models=shared_models(), timings=timings)
    assert list(timings) == ["load", *(s.name for s in STAGES)]
    assert all(seconds >= 0 for seconds in timings.values())
    assert record.treaties and record.dates
