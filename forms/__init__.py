"""Form definitions, validation and the procedure catalog. Pure Python: no Qt, no network, no SQL."""

from forms._text import collapse_spaces, fold, normalize, same_text

__all__ = ["collapse_spaces", "fold", "normalize", "same_text"]
