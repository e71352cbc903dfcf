"""Blind search index: find drafts and applications by name, ID or phone without plaintext.

Each search term is folded (no diacritics, no case) and stored only as a keyed
hash. Equal words give equal tokens, so an attacker holding the database (but
not the key) learns how often a token repeats, never the word: see
docs/security.md.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

import forms
from kiosk.store._base import StoreBase


class SearchMixin(StoreBase):
    """Blind-index verbs."""

    _search_secret: bytes | None = None

    def search_tokens(self, terms: Iterable[str]) -> set[str]:
        """Tokens for free-text terms: one per folded word (names) or digit string."""
        if self._search_secret is None:
            self._search_secret = self.cipher.subkey("kiosk-search-index-v1")
        tokens = set()
        for term in terms:
            for word in forms.fold(str(term)).replace(",", " ").split():
                if len(word) >= 2:
                    digest = hmac.new(self._search_secret, word.encode(), hashlib.sha256)
                    tokens.add(digest.hexdigest()[:24])
        return tokens

    def index_draft(self, draft_id: str, terms: Iterable[str]) -> None:
        """Replace a draft's search tokens."""
        tokens = self.search_tokens(terms)
        with self.transaction() as conn:
            conn.execute("DELETE FROM draft_search WHERE draft_id = ?", (draft_id,))
            conn.executemany(
                "INSERT OR IGNORE INTO draft_search (token, draft_id) VALUES (?, ?)",
                [(t, draft_id) for t in tokens],
            )

    def index_application(self, application_id: str, terms: Iterable[str]) -> None:
        """Replace an application's search tokens."""
        tokens = self.search_tokens(terms)
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM application_search WHERE application_id = ?", (application_id,)
            )
            row = conn.execute(
                "SELECT submitted_at FROM applications WHERE id = ?", (application_id,)
            ).fetchone()
            submitted_at = row[0] if row else None
            conn.executemany(
                "INSERT OR IGNORE INTO application_search (token, application_id, submitted_at)"
                " VALUES (?, ?, ?)",
                [(t, application_id, submitted_at) for t in tokens],
            )

    def search_applications(self, query: str, *, limit: int = 50) -> list[str]:
        """Ids of applications matching every word of ``query``, newest first."""
        tokens = sorted(self.search_tokens([query]))
        if len(tokens) == 1:
            # One word (the usual case: a given name): newest first straight from the index.
            rows = self.query(
                "SELECT application_id FROM application_search WHERE token = ?"
                " ORDER BY submitted_at DESC LIMIT ?",
                (tokens[0], limit),
            )
            return [r[0] for r in rows]
        return self._search("application_search", "application_id", "applications", query, limit)

    def search_drafts(self, query: str, *, limit: int = 50) -> list[str]:
        """Ids of open drafts matching every word of ``query``, newest first."""
        return self._search("draft_search", "draft_id", "drafts", query, limit)

    def _search(self, table: str, column: str, target: str, query: str, limit: int) -> list[str]:
        tokens = sorted(self.search_tokens([query]))
        if not tokens:
            return []
        marks = ",".join("?" * len(tokens))
        order = "submitted_at" if target == "applications" else "updated_at"
        sql = (
            f"SELECT t.id FROM {target} t JOIN ("  # noqa: S608 - fixed identifiers
            f" SELECT {column} AS ref FROM {table} WHERE token IN ({marks})"
            f" GROUP BY {column} HAVING COUNT(*) = ?) m ON m.ref = t.id"
            f" ORDER BY t.{order} DESC LIMIT ?"
        )
        return [r[0] for r in self.query(sql, (*tokens, len(tokens), limit))]
