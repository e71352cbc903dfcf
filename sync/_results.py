"""Fetching an electronic result for its applicant (``POST /v1/applications/{code}/result``).

The ID number read from the resident's card is turned into the portal's blind
index here (``wire.applicant_index`` with the key from ``GET /v1/results/index-key``)
and only the index is sent. The PDF comes back as the portal signed it; checking
the signature is the kiosk's (``kiosk.results.validate_result``), before anything
is shown or printed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from sync._client import PortalClient
from sync._errors import ProtocolError, TransientError
from sync._wire import expect, json_object
from wire import applicant_index, checked_document

MAX_RESULT_BYTES = 20 * 1024 * 1024

__all__ = ["FetchedResult", "ResultUnavailableError", "ResultsClient"]


class ResultUnavailableError(Exception):
    """The portal will not give this result: ``code`` says why (for the screen's words).

    Codes: ``not_found``, ``result_not_ready``, ``applicant_mismatch``, ``proof_locked``.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


@dataclass(frozen=True)
class FetchedResult:
    """A result's PDF as received (not yet checked) and the proof it was asked with."""

    official_code: str
    pdf: bytes
    sha256: str
    applicant_index: str | None
    staff_id: str | None = None
    document: dict[str, str] | None = None


class ResultsClient:
    """Result pick-up against one portal (wraps an enrolled :class:`PortalClient`)."""

    def __init__(self, client: PortalClient) -> None:
        self.client = client
        self._key: bytes | None = None

    def index_key(self) -> bytes:
        """The portal's applicant index key (fetched once per client)."""
        if self._key is None:
            resp = self.client._request("GET", "/v1/results/index-key")
            data = expect(resp, (200,), "index key")
            try:
                key = base64.b64decode(str(data["key"]), validate=True)
            except (KeyError, ValueError) as exc:
                raise ProtocolError("index key: malformed reply") from exc
            if len(key) < 16:
                raise ProtocolError("index key: too short")
            self._key = key
        return self._key

    def applicant_index(self, id_number: str) -> str:
        """The blind index the portal compares for this ID number."""
        return applicant_index(self.index_key(), id_number)

    def fetch_for_applicant(self, official_code: str, id_number: str) -> FetchedResult:
        """The result, proving the applicant by the ID number on their card (sent as an index)."""
        index = self.applicant_index(id_number)
        pdf, sha = self._fetch(official_code, {"applicant_index": index})
        return FetchedResult(official_code, pdf, sha, index)

    def fetch_for_staff(
        self, official_code: str, staff_id: str, document_type: str, document_tail: str
    ) -> FetchedResult:
        """The result, handed over by staff who checked a document (type + last 4 characters)."""
        document = checked_document(document_type, document_tail)
        pdf, sha = self._fetch(official_code, {"staff_id": staff_id, "document": document})
        return FetchedResult(official_code, pdf, sha, None, staff_id, document)

    def confirm_handover(self, result: FetchedResult) -> None:
        """Tell the portal the result was handed over (it marks the application 10)."""
        body: dict[str, Any] = {"result_sha256": result.sha256}
        if result.applicant_index is not None:
            body["applicant_index"] = result.applicant_index
        else:
            body.update(staff_id=result.staff_id, document=result.document)
        resp = self.client._request(
            "POST", f"/v1/applications/{result.official_code}/result/handover", json=body
        )
        self._raise_refusal(resp)
        expect(resp, (200,), "result handover")

    def _fetch(self, official_code: str, body: dict[str, Any]) -> tuple[bytes, str]:
        resp = self.client._request(
            "POST", f"/v1/applications/{official_code}/result", json=body, stream=True
        )
        self._raise_refusal(resp)
        if resp.status_code != 200:
            raise TransientError(f"result: unexpected HTTP {resp.status_code}")
        if not resp.headers.get("Content-Type", "").startswith("application/pdf"):
            raise ProtocolError("result: reply is not a PDF")
        chunks, size = [], 0
        for chunk in resp.iter_content(64 * 1024):
            size += len(chunk)
            if size > MAX_RESULT_BYTES:
                resp.close()
                raise ProtocolError("result: larger than any result should be")
            chunks.append(chunk)
        pdf = b"".join(chunks)
        sha = hashlib.sha256(pdf).hexdigest()
        claimed = resp.headers.get("X-Result-Sha256", "")
        if claimed and not hmac.compare_digest(claimed, sha):
            # Cut short or changed on the way: the signature check would refuse it too,
            # but this is a link fault worth retrying, not a forged result.
            raise TransientError("result: received bytes differ from the portal's digest")
        return pdf, sha

    @staticmethod
    def _raise_refusal(resp: Any) -> None:
        if resp.status_code in (403, 404, 409):
            body = json_object(resp) or {}
            raise ResultUnavailableError(
                str(body.get("error", resp.status_code)), str(body.get("message", ""))
            )
