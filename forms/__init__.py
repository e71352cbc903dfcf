"""Form definitions, validation and the procedure catalog. Pure Python: no Qt, network, SQL."""

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
    "Section",
    "collapse_spaces",
    "condition_holds",
    "fold",
    "is_required",
    "is_visible",
    "load_definition",
    "normalize",
    "normalize_answers",
    "normalize_value",
    "same_text",
    "validate_answers",
    "validate_field",
    "visible_fields",
    "visible_sections",
]
