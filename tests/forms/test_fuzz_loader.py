"""Fuzzing the form-definition loader: any text or structure gives a definition or a
``DefinitionError``, never another exception (a portal update must not crash the kiosk)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms import DefinitionError, load_definition

_CATALOG = Path(__file__).resolve().parents[2] / "resources" / "catalog"
_REAL = yaml.safe_load((_CATALOG / "1.001193.yaml").read_text(encoding="utf-8"))

_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
)
_json = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=15), children, max_size=5)
    ),
    max_leaves=25,
)
_TOP_KEYS = list(_REAL)


def _load(text: str) -> None:
    try:
        load_definition(text, source="fuzz")
    except DefinitionError as error:
        assert error.source == "fuzz" and error.message


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text(text: str) -> None:
    _load(text)


@settings(max_examples=300, deadline=None)
@given(_json)
def test_arbitrary_json_and_yaml_structures(value: Any) -> None:
    _load(json.dumps(value))
    _load(yaml.safe_dump(value, allow_unicode=True))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(_TOP_KEYS), _json, max_size=6))
def test_real_definition_with_fields_replaced_by_junk(changes: dict[str, Any]) -> None:
    _load(json.dumps({**_REAL, **changes}, default=str))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 200), st.integers(0, 4), _json)
def test_real_definition_with_one_field_property_replaced(
    field_no: int, section_no: int, junk: Any
) -> None:
    data = json.loads(json.dumps(_REAL, default=str))
    sections = data["sections"]
    section = sections[section_no % len(sections)]
    field = section["fields"][field_no % len(section["fields"])]
    key = sorted(field)[field_no % len(field)]
    field[key] = junk
    _load(json.dumps(data))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_as_a_file(tmp_path_factory: Any, data: bytes) -> None:
    path = tmp_path_factory.mktemp("defs") / "x.yaml"
    path.write_bytes(data)
    try:
        load_definition(path, source="fuzz-file")
    except DefinitionError:
        pass
