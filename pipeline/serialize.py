"""The one place where records become JSON and JSON becomes records."""

from __future__ import annotations

import json
from dataclasses import asdict, fields, is_dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, get_args, get_origin, get_type_hints

from .record import Article

_INTERNAL = {"sentences", "masked", "recased", "extra"}


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
    """Rebuild an `Article` from its JSON form (keys it does not know are left out)."""
    names = {f.name for f in fields(Article)}
    return _build(Article, {key: value for key, value in data.items() if key in names})


def _build(record: type, data: dict[str, Any]) -> Any:
    """A record of class `record` from its JSON form, its records and lists of records rebuilt as well."""
    kinds = _record_fields(record)
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        inner, listed = kinds.get(key, (None, False))
        if inner is None:
            kwargs[key] = value
        elif listed:
            kwargs[key] = [_build(inner, item) for item in value]
        else:
            kwargs[key] = _build(inner, value)
    return record(**kwargs)


@cache
def _record_fields(record: type) -> dict[str, tuple[type, bool]]:
    """The fields of `record` that hold a record (False) or a list of records (True), with their class."""
    out: dict[str, tuple[type, bool]] = {}
    for name, hint in get_type_hints(record).items():
        listed = get_origin(hint) is list
        inner = get_args(hint)[0] if listed else hint
        if isinstance(inner, type) and is_dataclass(inner):
            out[name] = (inner, listed)
    return out


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of the article record, shipped with the package."""
    text = resources.files("pipeline").joinpath("schema/article.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(data: dict[str, Any]) -> None:
    """Raise `jsonschema.ValidationError` when `data` is not a valid article record."""
    import jsonschema

    jsonschema.validate(data, schema())
