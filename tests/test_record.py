import json
from pathlib import Path

import jsonschema
import pytest

from pipeline.data import load_jsonl
from pipeline.errors import DataFileError
from pipeline.record import Article, Direction, Evidence, Mention, Organisation, Source
from pipeline.serialize import from_dict, to_dict, to_json, validate


def _article() -> Article:
    text = "ЕАЭС и ФТС России"
    return Article(
        source=Source(path="a.txt", name="a.txt", sha256="a" * 64, format="txt"),
        text=text,
        organisations=[Organisation(id="org-1", name="Евразийский экономический союз", abbreviation="ЕАЭС")],
        mentions=[Mention(type="ORG", text="ЕАЭС", start=0, end=4, fact_id="org-1")],
        directions=[Direction(id="legislation", label="Законодательство", score=0.5,
                              evidence=[Evidence(text="ЕАЭС", start=0, end=4)])],
    )


def test_record_round_trips_and_validates() -> None:
    data = to_dict(_article())
    validate(data)
    assert "sentences" not in data
    again = to_dict(from_dict(json.loads(to_json(_article()))))
    assert again == data


def test_schema_rejects_a_broken_record() -> None:
    data = to_dict(_article())
    data["organisations"][0]["name"] = ""
    with pytest.raises(jsonschema.ValidationError):
        validate(data)
    data = to_dict(_article())
    del data["source"]["sha256"]
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_page_at_maps_offsets_to_pages() -> None:
    article = _article()
    assert article.page_at(3) is None
    article.page_starts = [0, 10, 20]
    assert [article.page_at(o) for o in (0, 9, 10, 19, 20, 500)] == [1, 1, 2, 2, 3, 3]


def test_missing_data_file_is_a_clear_error() -> None:
    with pytest.raises(DataFileError, match="no-such.jsonl"):
        load_jsonl("no-such.jsonl")


def test_installed_package_carries_its_data_schema_and_templates(tmp_path: Path) -> None:
    """A wheel built from the project holds everything the pipeline reads at run time."""
    import subprocess
    import sys
    import zipfile

    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(root)], check=True, capture_output=True)
    names = zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist()
    modules = [p.relative_to(root).as_posix() for p in (root / "pipeline").rglob("*.py")]
    for needed in ("pipeline/schema/article.schema.json", "pipeline/data/organisations.jsonl",
                   "pipeline/data/directions.jsonl", "pipeline/templates/article.html.j2",
                   "pipeline/templates/index.html.j2", *modules):
        assert needed in names
