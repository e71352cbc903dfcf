"""Catalog rows: procedure definitions pulled from the portal (the bundled ones ship as files)."""

from __future__ import annotations

from kiosk.store._base import StoreBase


class CatalogMixin(StoreBase):
    """Catalog verbs."""

    def replace_portal_catalog(
        self, definitions: dict[str, tuple[str, str]], etag: str | None
    ) -> None:
        """Store a complete catalog pulled from the portal, atomically.

        ``definitions`` maps procedure code to (version, definition JSON text).
        Older versions stay, so open drafts keep the version they started with.
        """
        now = self.clock.stamp()
        with self.transaction() as conn:
            for code, (version, text) in definitions.items():
                conn.execute(
                    "INSERT INTO catalog (procedure_code, version, source, definition, etag,"
                    " updated_at) VALUES (?, ?, 'portal', ?, ?, ?)"
                    " ON CONFLICT (procedure_code, version) DO UPDATE SET"
                    " definition = excluded.definition, etag = excluded.etag,"
                    " updated_at = excluded.updated_at",
                    (code, version, text, etag, now),
                )
            conn.execute(
                "INSERT INTO device (key, value) VALUES ('catalog_etag', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (etag or "",),
            )

    def keep_definition(self, procedure_code: str, version: str, definition: str) -> None:
        """Keep the definition a draft was started with, so a catalog update cannot strand it."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO catalog (procedure_code, version, source, definition,"
                " updated_at) VALUES (?, ?, 'bundled', ?, ?)",
                (procedure_code, version, definition, self.clock.stamp()),
            )

    def kept_definitions(self) -> list[tuple[str, str, str, str]]:
        """Every stored definition as (source, procedure code, version, JSON text)."""
        rows = self.query(
            "SELECT source, procedure_code, version, definition FROM catalog"
            " ORDER BY source DESC, procedure_code, version"
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def portal_catalog(self) -> list[tuple[str, str, str]]:
        """Every stored portal definition as (procedure code, version, JSON text)."""
        rows = self.query(
            "SELECT procedure_code, version, definition FROM catalog WHERE source = 'portal'"
            " ORDER BY procedure_code, version"
        )
        return [(r[0], r[1], r[2]) for r in rows]
