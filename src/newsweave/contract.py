"""The JSON output contract: a `Brief` to JSON-ready data and back, and the contract's JSON Schema.

The records are dataclasses; pydantic's TypeAdapter serialises, validates and describes them, so the
contract has one definition (the records) and no hand-written `to_dict`. The schema is kept in the repo
(`schema/brief.schema.json`) and the tests check it against this module and against real output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from newsweave.model import Annotations, Article
from newsweave.records import Brief, Story

SCHEMA_FILE = Path(__file__).parent / "schema" / "brief.schema.json"


# Built once at import (constants, never mutated): each costs a few milliseconds to make.
_ADAPTERS: dict[type, TypeAdapter] = {kind: TypeAdapter(kind) for kind in (Brief, Story, Article, Annotations)}


def _adapter(kind: type) -> TypeAdapter:
    return _ADAPTERS[kind]


def to_data(record: Brief | Story | Article | Annotations) -> dict[str, Any]:
    """A record as JSON-ready data (dicts, lists, strings, numbers)."""
    return _adapter(type(record)).dump_python(record, mode="json")


def to_json(record: Brief | Story | Article | Annotations, indent: int | None = 1) -> str:
    return json.dumps(to_data(record), ensure_ascii=False, indent=indent)


def brief_from_data(data: dict[str, Any]) -> Brief:
    """A Brief from contract data (validated: a field of the wrong type raises pydantic's ValidationError)."""
    return _adapter(Brief).validate_python(data)


def story_from_data(data: dict[str, Any]) -> Story:
    return _adapter(Story).validate_python(data)


def article_from_data(data: dict[str, Any]) -> Article:
    return _adapter(Article).validate_python(data)


def annotations_from_data(data: dict[str, Any]) -> Annotations:
    return _adapter(Annotations).validate_python(data)


def json_schema() -> dict[str, Any]:
    """The contract's JSON Schema, as generated from the records (serialisation mode)."""
    schema = _adapter(Brief).json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsweave brief"
    return schema


def stored_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
