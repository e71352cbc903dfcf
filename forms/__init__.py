"""Form definitions, validation and the procedure catalog. Pure Python: no Qt, network, SQL."""

from forms._catalog import Catalog, bundled_catalog_dir, load_catalog, migrate_answers, version_key
from forms._fields import FieldError, normalize_value
from forms._loader import DefinitionError, load_definition
from forms._schema import (
    Attachment,
    Condition,
    Consent,
    Fee,
    FieldSpec,
    FieldType,
    FormDefinition,
    LegalBasis,
    Option,
    ProcessingTime,
    RequiredDocument,
    Rule,
    Section,
)
from forms._search import SearchHit, SearchIndex
from forms._text import collapse_spaces, fold, normalize, same_text
from forms._validate import (
    condition_holds,
    is_required,
    is_visible,
    normalize_answers,
    validate_answers,
    validate_field,
    visible_fields,
    visible_sections,
)

__all__ = [
    "Attachment",
    "Catalog",
    "Condition",
    "Consent",
    "DefinitionError",
    "Fee",
    "FieldError",
    "FieldSpec",
    "FieldType",
    "FormDefinition",
    "LegalBasis",
    "Option",
    "ProcessingTime",
    "RequiredDocument",
    "Rule",
    "SearchHit",
    "SearchIndex",
    "Section",
    "bundled_catalog_dir",
    "collapse_spaces",
    "condition_holds",
    "fold",
    "is_required",
    "is_visible",
    "load_catalog",
    "load_definition",
    "migrate_answers",
    "normalize",
    "normalize_answers",
    "normalize_value",
    "same_text",
    "validate_answers",
    "validate_field",
    "version_key",
    "visible_fields",
    "visible_sections",
]
