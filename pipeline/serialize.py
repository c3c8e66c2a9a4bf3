"""The one place where records become JSON and JSON becomes records."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from functools import lru_cache
from importlib import resources
from typing import Any

from .record import (
    Article,
    Block,
    Country,
    DateFact,
    Direction,
    Evidence,
    Figure,
    Mention,
    Organisation,
    Source,
    Table,
    Treaty,
)

_INTERNAL = {"sentences", "extra"}
_LISTS = {
    "organisations": Organisation,
    "countries": Country,
    "treaties": Treaty,
    "dates": DateFact,
    "figures": Figure,
    "tables": Table,
    "mentions": Mention,
    "blocks": Block,
}


def to_dict(article: Article) -> dict[str, Any]:
    """The article record as plain JSON-ready data (internal analysis left out)."""
    out: dict[str, Any] = {"schema_version": article.schema_version}
    for f in fields(article):
        if f.name in _INTERNAL or f.name == "schema_version":
            continue
        out[f.name] = _plain(getattr(article, f.name))
    return out


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_json(article: Article, indent: int | None = 2) -> str:
    """The article record as a JSON string."""
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an `Article` from its JSON form."""
    kwargs: dict[str, Any] = {}
    names = {f.name for f in fields(Article)}
    for key, value in data.items():
        if key not in names:
            continue
        if key == "source":
            kwargs[key] = Source(**value)
        elif key == "directions":
            kwargs[key] = [
                Direction(**{**d, "evidence": [Evidence(**e) for e in d.get("evidence", [])]})
                for d in value
            ]
        elif key in _LISTS:
            kwargs[key] = [_LISTS[key](**item) for item in value]
        else:
            kwargs[key] = value
    return Article(**kwargs)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of the article record, shipped with the package."""
    text = resources.files("pipeline").joinpath("schema/article.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(data: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` when `data` is not a valid article record."""
    import jsonschema

    jsonschema.validate(data, schema())
